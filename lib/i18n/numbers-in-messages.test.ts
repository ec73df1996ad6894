import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { AGE_BAND_SET_NAMES, AGE_BANDS, UNKNOWN_AGE_BAND } from "@/lib/domain/age-bands";
import { SENTENCE_BAND_FIGURES, SENTENCE_BANDS } from "@/lib/domain/sentence-bands";
import { SEARCH_MAX_LENGTH } from "@/lib/filters/record-filter-schema";
import { MAX_FILE_BYTES, MAX_ROWS } from "@/lib/import/file-type";
import { ZNewPassword } from "@/lib/validation/auth";
import { fieldErrorMessage, fieldErrorOf } from "@/lib/validation/error-map";
import { ageBandValues } from "./format";
import type { Locale } from "./locales";
import { mergeMessages } from "./merge-messages";
import en from "./messages/en.json";
import km from "./messages/km.json";
import {
  countedValues,
  figureValues,
  formatNumber,
  formatYear,
  withNumerals,
  type Numerals,
} from "./numerals";

// Numbers go into messages already written in the reader's digits (decision 0028): ICU writes
// the plural's # and a plain {count} in Latin digits whatever the page. Each message below is
// rendered as its call site renders it; in Khmer with Khmer digits it must hold no Latin digit,
// and with Latin digits (the user's switch, or English) no Khmer digit.

const LATIN_DIGIT = /[0-9]/;
const KHMER_DIGIT = /[\u17E0-\u17E9]/;

const translator = (locale: Locale) =>
  createTranslator({
    locale,
    messages: locale === "en" ? en : (mergeMessages(en, km) as typeof en),
  });

type Render = (locale: Locale, numerals: Numerals) => string;
const render = (key: string, values: (numerals: Numerals) => Record<string, string | number>) =>
  ((locale, numerals) =>
    translator(locale)(key as "common.years", values(numerals) as never)) satisfies Render;

const counted = (key: string, count: number) =>
  render(key, (numerals) => ({ count, n: formatNumber(count, numerals) }));

/** A password's field error as the change-password form shows it (components/forms/field.tsx). */
const passwordError = (password: string): Render => {
  const issue = ZNewPassword.safeParse(password).error!.issues[0]!;
  const { key, values } = fieldErrorMessage(fieldErrorOf(issue));
  return render(key, (numerals) => countedValues(values, numerals));
};

/** The import's file limits, as components/import/import-form.tsx gives them. */
const importLimits = (numerals: Numerals) => ({
  megabytes: formatNumber(MAX_FILE_BYTES / (1024 * 1024), numerals),
  rows: formatNumber(MAX_ROWS, numerals),
});

/** The messages that write a figure, with the values their call sites give them. */
const MESSAGES: [string, Render][] = [
  ...[1, 2, 17, 1234].flatMap((count): [string, Render][] => [
    [`common.years (${count})`, counted("common.years", count)],
    [`import.success (${count})`, counted("import.success", count)],
    [`report.checkRecords (${count})`, counted("report.checkRecords", count)],
    [`audit.chainIntact (${count})`, counted("audit.chainIntact", count)],
    [
      `audit.chainBroken (${count})`,
      render("audit.chainBroken", (nu) => ({
        id: withNumerals("4567", nu),
        action: "—",
        count,
        n: formatNumber(count, nu),
      })),
    ],
  ]),
  // Field errors carry their bound as a number (lib/validation/error-map.ts); the forms and the
  // import's issue table write it with countedValues.
  ...[1, 3, 200].flatMap((bound): [string, Render][] => [
    [
      `validation.tooLongMax (${bound})`,
      render("validation.tooLongMax", (nu) => countedValues({ maximum: bound }, nu)),
    ],
    [
      `validation.tooShortMin (${bound})`,
      render("validation.tooShortMin", (nu) => countedValues({ minimum: bound }, nu)),
    ],
    [
      `validation.numberTooLarge (${bound})`,
      render("validation.numberTooLarge", (nu) => countedValues({ maximum: bound }, nu)),
    ],
  ]),
  ...AGE_BANDS.filter((band) => band !== UNKNOWN_AGE_BAND).map((band): [string, Render] => [
    `filters.ageBands.${band}`,
    render(`filters.ageBands.${band}`, ageBandValues),
  ]),
  ...SENTENCE_BANDS.filter((band) => !["none", "unknown"].includes(band)).map(
    (band): [string, Render] => [
      `filters.sentenceBands.${band}`,
      render(`filters.sentenceBands.${band}`, (nu) => figureValues(SENTENCE_BAND_FIGURES, nu)),
    ],
  ),
  ...AGE_BAND_SET_NAMES.flatMap((set): [string, Render][] => [
    [`report.bandSets.${set}`, render(`report.bandSets.${set}`, ageBandValues)],
    [
      `reportExport.rules.bandSets.${set}`,
      render(`reportExport.rules.bandSets.${set}`, ageBandValues),
    ],
  ]),
  [
    "reportExport.rules.publicDescription",
    render("reportExport.rules.publicDescription", (nu) => ({ one: formatNumber(1, nu) })),
  ],
  ["import.issues.more", render("import.issues.more", (nu) => ({ count: formatNumber(12, nu) }))],
  ["import.file", render("import.file", importLimits)],
  ["import.refused.tooLarge", render("import.refused.tooLarge", importLimits)],
  ["import.refused.tooManyRows", render("import.refused.tooManyRows", importLimits)],
  ["import.refused.tooManyCells", render("import.refused.tooManyCells", importLimits)],
  ["validation.passwordTooShort", passwordError("short")],
  ["validation.passwordTooLong", passwordError("x".repeat(300))],
  [
    "filters.errors.tooLong",
    render("filters.errors.tooLong", (nu) => countedValues({ maximum: SEARCH_MAX_LENGTH }, nu)),
  ],
  ["common.timeHint", render("common.timeHint", (nu) => figureValues([12, 24], nu))],
  [
    "reportPublish.auditHeadEvent",
    render("reportPublish.auditHeadEvent", (nu) => ({ id: withNumerals("1234", nu) })),
  ],
  [
    "reportPublish.changedByMore",
    render("reportPublish.changedByMore", (nu) => ({
      shown: formatNumber(50, nu),
      total: formatNumber(1234, nu),
    })),
  ],
  [
    "reportPublish.published",
    render("reportPublish.published", (nu) => ({
      revision: formatNumber(2, nu),
      year: formatYear(2017, nu),
    })),
  ],
];

describe("numbers inside messages", () => {
  it.each(MESSAGES)("%s: Khmer digits only, in Khmer with Khmer digits", (_, text) => {
    const shown = text("km", "khmr");
    expect(shown).toMatch(KHMER_DIGIT);
    expect(shown).not.toMatch(LATIN_DIGIT);
  });

  it.each(MESSAGES)("%s: Latin digits only, in Khmer with Latin digits", (_, text) => {
    const shown = text("km", "latn");
    expect(shown).toMatch(LATIN_DIGIT);
    expect(shown).not.toMatch(KHMER_DIGIT);
  });

  it.each(MESSAGES)("%s: Latin digits only, in English", (_, text) => {
    const shown = text("en", "latn");
    expect(shown).toMatch(LATIN_DIGIT);
    expect(shown).not.toMatch(KHMER_DIGIT);
  });

  it("still chooses the plural form by the number", () => {
    expect(counted("import.success", 1)("en", "latn")).toBe("Imported 1 record.");
    expect(counted("import.success", 1234)("en", "latn")).toBe("Imported 1,234 records.");
    expect(counted("import.success", 1234)("km", "khmr")).toBe("បាននាំចូល ១.២៣៤ កំណត់ត្រា។");
    expect(counted("report.checkRecords", 0)("km", "khmr")).toBe("គ្មាន");
    expect(counted("report.checkRecords", 3)("km", "khmr")).toBe("កំណត់ត្រា ៣");
    const tooLong = render("validation.tooLongMax", (nu) => countedValues({ maximum: 1 }, nu));
    expect(tooLong("en", "latn")).toBe("Use at most 1 character.");
  });

  it("names the age band sets in the glossary's words, their bands in the reader's digits", () => {
    const ncct = render("report.bandSets.ncct", ageBandValues);
    expect(ncct("km", "khmr")).toBe("គ.ជ.ប.ជ. (ក្រោម ១៥, ១៥–១៧, ១៨+)");
    expect(ncct("km", "latn")).toBe("គ.ជ.ប.ជ. (ក្រោម 15, 15–17, 18+)");
    expect(ncct("en", "latn")).toBe("NCCT (under 15, 15–17, 18+)");
    const band = render("filters.ageBands.15to17", ageBandValues);
    expect(band("km", "khmr")).toBe("១៥ ដល់ ១៧ ឆ្នាំ");
    expect(band("km", "latn")).toBe("15 ដល់ 17 ឆ្នាំ");
  });
});

describe("figures a message states", () => {
  it("states the limits the code enforces, in the reader's digits", () => {
    expect(passwordError("short")("en", "latn")).toBe("Use at least 12 characters.");
    expect(passwordError("short")("km", "khmr")).toBe("សូមប្រើយ៉ាងតិច ១២ តួអក្សរ។");
    expect(passwordError("x".repeat(300))("km", "latn")).toBe("សូមប្រើយ៉ាងច្រើន 256 តួអក្សរ។");
    const file = render("import.file", importLimits);
    expect(file("en", "latn")).toBe("File (CSV or XLSX, at most 10 MB and 100,000 rows)");
    expect(file("km", "khmr")).toBe("ឯកសារ (CSV ឬ XLSX យ៉ាងច្រើន ១០ MB និង ១០០.០០០ ជួរដេក)");
    const search = render("filters.errors.tooLong", (nu) =>
      countedValues({ maximum: SEARCH_MAX_LENGTH }, nu),
    );
    expect(search("en", "latn")).toBe("Enter at most 100 characters.");
    expect(search("km", "khmr")).toBe("សូមបញ្ចូលយ៉ាងច្រើន ១០០ តួអក្សរ។");
    expect(counted("audit.chainIntact", 1)("en", "latn")).toBe(
      "The audit chain is intact: 1 event verified.",
    );
    expect(counted("audit.chainIntact", 1234)("km", "khmr")).toBe(
      "ខ្សែសង្វាក់សវនកម្មនៅដដែល៖ បានផ្ទៀងផ្ទាត់ព្រឹត្តិការណ៍ ១.២៣៤។",
    );
  });

  // What people type (an age, the threshold k) is described in the digits the fields read:
  // Latin, in both languages and whatever the reader's digits (decision 0028).
  it.each(["validation.ageRange", "reportExport.menu.kHelp"])(
    "%s describes input in Latin digits in both languages",
    (key) => {
      for (const locale of ["km", "en"] as const) {
        const shown = translator(locale)(key as "common.years", {} as never);
        expect(shown).toMatch(LATIN_DIGIT);
        expect(shown).not.toMatch(KHMER_DIGIT);
      }
    },
  );

  it("writes no Khmer digit in km.json: every figure is a placeholder or typed input", () => {
    // Where Khmer digits must be written as they are, whatever the reader chose.
    const ALLOWED = new Set([
      // The digits switch names the digits it offers: "លេខខ្មែរ ០–៩" beside "លេខឡាតាំង 0–9".
      "preferences.khmer",
    ]);
    type Messages = { [key: string]: string | Messages };
    const entries = (messages: Messages, prefix = ""): [string, string][] =>
      Object.entries(messages).flatMap(([k, v]) =>
        typeof v === "string"
          ? [[`${prefix}${k}`, v] as [string, string]]
          : entries(v, `${prefix}${k}.`),
      );
    const withKhmerDigits = entries(km as Messages)
      .filter(([key, value]) => KHMER_DIGIT.test(value) && !ALLOWED.has(key))
      .map(([key]) => key);
    expect(withKhmerDigits).toEqual([]);
    for (const key of ALLOWED)
      expect(entries(km as Messages)).toContainEqual([key, expect.stringMatching(KHMER_DIGIT)]);
  });
});

describe("countedValues", () => {
  it("writes every number in the reader's digits and keeps the one number to choose by", () => {
    expect(countedValues({ maximum: 1000 }, "khmr")).toEqual({ maximum: "១.០០០", count: 1000 });
    expect(countedValues({ minimum: 5, field: "name" }, "latn")).toEqual({
      minimum: "5",
      field: "name",
      count: 5,
    });
    expect(countedValues({}, "khmr")).toEqual({});
  });
});
