import { describe, expect, expectTypeOf, it } from "vitest";
import type { SignInFailure } from "@/lib/auth/sign-in";
import type { TStartedLock } from "@/lib/auth/rate-limit";
import type { TIdentityShownOn } from "@/lib/data/identity-reads";
import { AGE_BAND_SET_NAMES } from "@/lib/domain/age-bands";
import { LAYOUT_NAMES } from "@/lib/reports/layouts/types";
import { Digits } from "@/lib/generated/prisma/enums";
import { IMPORT_KINDS } from "@/lib/import/columns";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en.json";
import km from "@/lib/i18n/messages/km.json";
import type { Numerals } from "@/lib/i18n/numerals";
import { EXPORT_FORMATS, EXPORT_VARIANTS } from "@/lib/validation/report-export";
import { REDACTED } from "./redact";
import {
  CODE_DETAILS,
  describeAuditValue,
  ENUM_FIELDS,
  type ValueContext,
  type ValuePart,
} from "./value-labels";

type Messages = { [key: string]: string | Messages };
const CATALOGUES: Record<Locale, Messages> = { en, km };

/** A message by its full key, straight from one catalogue (no English fallback for Khmer). */
function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split(".")) {
    if (typeof node !== "object") return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

const ctx = (locale: Locale, numerals: Numerals = locale === "km" ? "khmr" : "latn") =>
  ({ locale, numerals, message: (key) => lookup(CATALOGUES[locale], key) }) as ValueContext;
const EN = ctx("en");
const KM = ctx("km");

/** The value as a reader would read it, with verbatim pieces marked «…». */
function shown(key: string, value: unknown, c: ValueContext): string {
  const piece = (p: ValuePart) => {
    switch (p.kind) {
      case "text":
        return p.text;
      case "verbatim":
        return `«${p.text}»`;
      case "redacted":
        return `[withheld]${p.rest}`;
      case "empty":
        return "∅";
    }
  };
  return describeAuditValue(key, value, c).map(piece).join("");
}

describe("audit values in the reader's language", () => {
  it("labels enum codes, by the field they belong to", () => {
    expect(shown("status", "INVESTIGATION", EN)).toBe("Investigation");
    expect(shown("status", "INVESTIGATION", KM)).toBe("ការស៊ើបអង្កេត");
    expect(shown("sex", "FEMALE", EN)).toBe("Female");
    expect(shown("sex", "FEMALE", KM)).toBe("ស្រី");
    expect(shown("offenceType", "HUMAN_TRAFFICKING", KM)).toBe("ការជួញដូរមនុស្ស");
    expect(shown("courtOutcome", "CONVICTED", EN)).toBe("Convicted");
    expect(shown("rescuingAgency", "POLICE_JUDICIAL", KM)).toBe("នគរបាល ឬមន្ត្រីយុត្តិធម៌");
    expect(shown("exploitationType", "LABOUR", EN)).toBe("Labour");
    // A suspect's role and a user's role: disjoint codes under one field name.
    expect(shown("role", "BROKER", KM)).toBe("មេខ្យល់");
    expect(shown("role", "ADMIN", EN)).toBe("Administrator");
    expect(shown("role", "ADMIN", KM)).toBe("អ្នកគ្រប់គ្រងប្រព័ន្ធ");
  });

  it("labels each code of a list, and says when the list is empty", () => {
    expect(shown("servicesReferred", ["SHELTER", "LEGAL"], EN)).toBe("Shelter, Legal aid");
    expect(shown("servicesReferred", ["SHELTER", "LEGAL"], KM)).toBe("ទីជម្រក, ជំនួយផ្នែកច្បាប់");
    expect(shown("servicesReferred", [], EN)).toBe("None");
    expect(shown("servicesReferred", [], KM)).toBe("គ្មាន");
  });

  it("shows a code no label has, from an older event, as the code, not to be translated", () => {
    expect(describeAuditValue("status", "ARCHIVED", KM)).toEqual([
      { kind: "verbatim", text: "ARCHIVED" },
    ]);
    expect(shown("format", "docx", KM)).toBe("«docx»");
    expect(shown("reason", "retired-reason", EN)).toBe("«retired-reason»");
  });

  it("writes yes and no", () => {
    expect(shown("isForeign", true, EN)).toBe("Yes");
    expect(shown("active", false, EN)).toBe("No");
    expect(shown("isForeign", true, KM)).toBe("បាទ/ចាស");
    expect(shown("mustChangePassword", false, KM)).toBe("ទេ");
  });

  it("shows instants in Phnom Penh, on the 24-hour clock, in the reader's digits", () => {
    const at = "2017-06-15T01:30:00.000Z"; // 08:30 in Phnom Penh
    expect(shown("crackedDownAt", at, EN)).toBe("15 Jun 2017, 08:30");
    expect(shown("crackedDownAt", at, KM)).toBe("១៥ មិថុនា ២០១៧, ០៨:៣០");
    expect(shown("arrestedAt", at, ctx("km", "latn"))).toBe("15 មិថុនា 2017, 08:30");
    // Midnight UTC is 07:00 in Phnom Penh: an instant, not a calendar day.
    expect(shown("deletedAt", "2017-06-15T00:00:00.000Z", EN)).toBe("15 Jun 2017, 07:00");
    expect(shown("lockedUntil", "2026-01-31T17:05:00.000Z", EN)).toBe("1 Feb 2026, 00:05");
  });

  it("shows calendar days as days: a stored date of birth, and a typed YYYY-MM-DD", () => {
    expect(shown("dateOfBirth", "2001-07-04T00:00:00.000Z", EN)).toBe("4 Jul 2001");
    expect(shown("dateOfBirth", "2001-07-04T00:00:00.000Z", KM)).toBe("៤ កក្កដា ២០០១");
    expect(shown("from", "2017-01-01", KM)).toBe("១ មករា ២០១៧");
  });

  it("writes numbers in the reader's digits, and years ungrouped", () => {
    expect(shown("bytes", 12345, EN)).toBe("12,345");
    expect(shown("bytes", 12345, KM)).toBe("១២.៣៤៥");
    expect(shown("bytes", 12345, ctx("km", "latn"))).toBe("12,345");
    expect(shown("ageYears", 17, KM)).toBe("១៧");
    expect(shown("year", 2017, EN)).toBe("2017");
    expect(shown("year", 2017, KM)).toBe("២០១៧");
    expect(shown("years", [2016, 2017], KM)).toBe("២០១៦, ២០១៧");
  });

  it("names provinces, and shows an id no province has as its number", () => {
    expect(shown("provinceId", 12, EN)).toBe("Phnom Penh");
    expect(shown("provinceId", 12, KM)).toBe("ភ្នំពេញ");
    expect(shown("homeProvinceId", 2, KM)).toBe("បាត់ដំបង");
    expect(shown("rescueProvinceId", 17, EN)).toBe("Siem Reap");
    expect(shown("provinceIds", [1, 12], EN)).toBe("Banteay Meanchey, Phnom Penh");
    expect(shown("provinceIds", [], KM)).toBe("គ្មាន");
    expect(shown("provinceId", 99, KM)).toBe("៩៩");
  });

  it("names countries in the reader's language", () => {
    expect(shown("nationality", "TH", EN)).toBe("Thailand");
    expect(shown("nationality", "TH", KM)).toBe("ថៃ");
    expect(shown("rescueCountry", "UNKNOWN", EN)).toBe("Not known");
    expect(shown("rescueCountry", "UNKNOWN", KM)).toBe("មិនដឹង");
    expect(shown("nationality", "XX", KM)).toBe("«XX»");
  });

  it("labels the codes of events' facts", () => {
    expect(shown("shownOn", "victim", EN)).toBe("Victim's page");
    expect(shown("shownOn", "duplicate-warning", KM)).toBe("ការព្រមានអំពីកំណត់ត្រាស្ទួន");
    expect(shown("format", "print", EN)).toBe("Print view");
    expect(shown("format", "csv", KM)).toBe("ឯកសារ CSV");
    expect(shown("bands", "ncct", KM)).toBe("ក្រុមអាយុតាម គ.ជ.ប.ជ.");
    expect(shown("variant", "full", EN)).toBe("Full report");
    expect(shown("lang", "km", KM)).toBe("ភាសាខ្មែរ");
    expect(shown("kind", "cases", KM)).toBe("ករណី");
    expect(shown("reason", "invalidRows", EN)).toBe("Rows with problems");
    expect(shown("reason", "wrong-password", KM)).toBe("ពាក្យសម្ងាត់មិនត្រឹមត្រូវ");
    expect(shown("lock", "account", KM)).toBe("គណនី");
    expect(shown("via", "admin:create", EN)).toBe("Command line (npm run admin:create)");
    expect(shown("digits", "LATIN", KM)).toBe("លេខឡាតាំង");
  });

  it("shows a report's scope as national, or as its provinces by name", () => {
    expect(shown("scope", { national: true, provinces: [] }, EN)).toBe("National");
    expect(shown("scope", { national: true, provinces: [] }, KM)).toBe("ថ្នាក់ជាតិ");
    expect(shown("scope", { national: false, provinces: ["KH-12", "KH-2"] }, KM)).toBe(
      "ភ្នំពេញ, បាត់ដំបង",
    );
    expect(shown("scope", { national: false, provinces: ["KH-99"] }, EN)).toBe("«KH-99»");
  });

  it("shows an audit export's filters by the labels of the page's form", () => {
    const filters = {
      to: "2017-12-31",
      action: "user.signed_in",
      actor: "auditor@demo.ncct.test",
      entityType: "user",
    };
    expect(shown("filters", filters, EN)).toBe(
      "Actor email: «auditor@demo.ncct.test»; Action: Signed in; Record type: User account; " +
        "To: 31 Dec 2017",
    );
    expect(shown("filters", filters, KM)).toBe(
      "អ៊ីមែលអ្នកធ្វើ: «auditor@demo.ncct.test»; សកម្មភាព: បានចូលប្រើប្រព័ន្ធ; " +
        "ប្រភេទកំណត់ត្រា: គណនីអ្នកប្រើប្រាស់; ដល់ថ្ងៃ: ៣១ ធ្នូ ២០១៧",
    );
    expect(shown("filters", {}, KM)).toBe("គ្មានតម្រង");
    expect(shown("filters", { action: "case.archived" }, EN)).toBe("Action: «case.archived»");
  });

  it("shows what people typed, ids and hashes as stored, not to be translated", () => {
    for (const [key, value] of [
      ["name", "Sok Dara"],
      ["email", "staff@demo.ncct.test"],
      ["summary", "Raid on a karaoke bar"],
      ["charges", "Article 15"],
      ["leadAgency", "Anti-Human Trafficking Police"],
      ["arrestingUnit", "Provincial police"],
      ["agencyUnit", "NCCT"],
      ["reference", "PNP-2017-0001"],
      ["code", "V-2017-0001"],
      ["sha256", "ab".repeat(32)],
      ["sessionId", "7c1d0b4e-0000-4000-8000-000000000001"],
    ]) {
      expect(describeAuditValue(key!, value, KM), key).toEqual([{ kind: "verbatim", text: value }]);
    }
    // Whatever it looks like: a summary typed as a date stays as typed.
    expect(shown("summary", "2017-01-01", KM)).toBe("«2017-01-01»");
    expect(shown("detail", { nested: [1] }, KM)).toBe('«{"nested":[1]}»');
  });

  it("keeps withheld values withheld, with what is kept of them", () => {
    expect(describeAuditValue("name", REDACTED, KM)).toEqual([{ kind: "redacted", rest: "" }]);
    expect(shown("email", `${REDACTED}@example.org`, EN)).toBe("[withheld]@example.org");
    // A withheld code is not looked up as a code.
    expect(shown("sex", REDACTED, KM)).toBe("[withheld]");
  });

  it("shows no value as empty", () => {
    expect(describeAuditValue("status", null, KM)).toEqual([{ kind: "empty" }]);
    expect(describeAuditValue("k", undefined, EN)).toEqual([{ kind: "empty" }]);
  });
});

// Every code a write path puts into an event's facts, from the lists and types the write paths
// use (grep `details:` in lib/). Types with no runtime list are spelt out here, and the compiler
// checks the spelling against the type both ways (expectTypeOf, checked by `tsc`).
const SIGN_IN_FAILURES = ["unknown-account", "wrong-password", "inactive"] as const;
expectTypeOf<(typeof SIGN_IN_FAILURES)[number]>().toEqualTypeOf<SignInFailure>();
const LOCK_KINDS = ["account", "address"] as const;
expectTypeOf<(typeof LOCK_KINDS)[number]>().toEqualTypeOf<TStartedLock["kind"]>();
const SHOWN_ON = ["victim", "case", "duplicate-warning", "referral"] as const;
expectTypeOf<(typeof SHOWN_ON)[number]>().toEqualTypeOf<TIdentityShownOn>();

const PRODUCED: Record<(typeof CODE_DETAILS)[number], readonly string[]> = {
  shownOn: SHOWN_ON,
  // lib/reports/export-report.ts: a file's format, or the print view (lib/reports/print-report.ts).
  // lib/reports/ctdc/export-ctdc.ts: the CTDC record-level file.
  format: [...EXPORT_FORMATS, "print", "ctdc-csv"],
  bands: AGE_BAND_SET_NAMES,
  // lib/reports/layouts/export-layout.ts
  layout: LAYOUT_NAMES,
  variant: EXPORT_VARIANTS,
  lang: LOCALES,
  // An import's kind; a sign-in lock's kind (lib/auth/sign-in.ts spreads the lock).
  kind: [...IMPORT_KINDS, ...LOCK_KINDS],
  // A sign-in's failure; an import's refusal, whose codes are the keys of its messages.
  reason: [...SIGN_IN_FAILURES, ...Object.keys(en.import.refused)],
  lock: LOCK_KINDS,
  // lib/cli/first-admin.ts; lib/cli/export-ctdc.ts
  via: ["admin:create", "export:ctdc"],
  // user.preferences_changed (lib/data/account.ts)
  digits: Object.values(Digits),
};

describe("the catalogues' labels of audit values", () => {
  it.each(CODE_DETAILS)("label every %s code a write path records, in English and Khmer", (key) => {
    for (const code of PRODUCED[key]) {
      const english = lookup(en, `audit.valueLabels.${key}.${code}`);
      const khmer = lookup(km, `audit.valueLabels.${key}.${code}`);
      expect(english, `audit.valueLabels.${key}.${code} in en.json`).toBeTruthy();
      expect(khmer, `audit.valueLabels.${key}.${code} in km.json`).toMatch(/[\u1780-\u17FF]/);
      expect(describeAuditValue(key, code, KM)).toEqual([{ kind: "text", text: khmer }]);
    }
  });

  it("name each fact with codes, and every enum a field names", () => {
    for (const key of CODE_DETAILS) {
      expect(lookup(km, `audit.fieldLabels.${key}`), key).toMatch(/[\u1780-\u17FF]/);
    }
    for (const names of Object.values(ENUM_FIELDS)) {
      for (const name of names) {
        expect(Object.keys(en.enums), name).toContain(name);
        expect(Object.keys(km.enums), name).toContain(name);
      }
    }
  });

  it("name every fact an event records besides its fields", () => {
    // The keys of every `details:` in lib/ and prisma/seed-records.ts.
    const facts = [
      ...["email", "reason", "lock", "kind", "level", "lockedUntil", "sessionId", "via"],
      ...["forced", "year", "revision", "sha256", "snapshotId", "shownOn", "samePersonAs"],
      ...["format", "filters", "rows", "issues", "bytes", "variant", "k", "bands", "lang"],
      ...["scope", "importSha256", "cases", "suspects", "victims", "years"],
      // lib/reports/ctdc/export-ctdc.ts
      ...["recordsIn", "generalised", "suppressed", "recordsOut", "levels"],
    ];
    for (const fact of facts) {
      expect(lookup(en, `audit.fieldLabels.${fact}`), fact).toBeTruthy();
      expect(lookup(km, `audit.fieldLabels.${fact}`), fact).toMatch(/[\u1780-\u17FF]/);
    }
  });
});
