import ExcelJS from "exceljs";
import { createTranslator } from "use-intl/core";
import { PROVINCES } from "@/lib/domain/provinces";
import { csvRow, UTF8_BOM } from "@/lib/export/csv";
import { addSafeRow } from "@/lib/export/xlsx";
import type { Locale } from "@/lib/i18n/locales";
import { mergeMessages } from "@/lib/i18n/merge-messages";
import en from "@/lib/i18n/messages/en.json";
import km from "@/lib/i18n/messages/km.json";
import { COLUMNS, type ColumnDef, type ImportKind } from "./columns";

// The empty templates a user downloads. The data sheet's header row is the column names the
// importer reads, in English or Khmer as the link asks (`lang`): either language imports the
// same file. Every other word of the workbook (the sheet names, the help sheet "Allowed values"
// with its headings, descriptions and examples) is in the language of the person downloading it
// (`locale`, their UI language), from the message catalogue. Codes (HUMAN_TRAFFICKING, KH,
// PNP-2017-0001, dates) stay codes: they are what a cell holds.

export type TemplateFormat = "csv" | "xlsx";
export type TemplateLang = "en" | "km";

const messagesFor = (locale: Locale) =>
  locale === "en" ? en : (mergeMessages(en, km) as typeof en);

function translator(locale: Locale) {
  const messages = messagesFor(locale);
  return {
    t: createTranslator({ locale, messages, namespace: "import" }),
    enums: messages.enums as Record<string, Record<string, string>>,
    people: messages.people,
  };
}
type Translator = ReturnType<typeof translator>;

function provinceName(nameEn: string, locale: Locale): string {
  const province = PROVINCES.find((p) => p.nameEn === nameEn);
  if (!province) return nameEn;
  return locale === "km" ? province.nameKm : province.nameEn;
}

function choiceLabels({ enums, people }: Translator, enumName: string): Record<string, string> {
  // The place of rescue is a radio button, not a schema enum: its labels live under `people`.
  if (enumName === "RescuePlace") return { CAMBODIA: people.inCambodia, ABROAD: people.abroad };
  return enums[enumName] ?? {};
}

export function allowedValues(kind: ImportKind, def: ColumnDef, locale: Locale = "en"): string {
  const tr = translator(locale);
  const { t } = tr;
  switch (def.cell.type) {
    case "enum":
    case "list": {
      const labels = choiceLabels(tr, def.cell.enumName);
      const values = def.cell.values
        .map((code) => (labels[code] ? `${code} (${labels[code]})` : code))
        .join(", ");
      return def.cell.type === "list" ? t("template.several", { values }) : values;
    }
    case "province":
      return t("template.province", { name: provinceName("Phnom Penh", locale), number: 12 });
    case "caseReference":
      return t("template.caseReference", { reference: "PNP-2017-0001" });
    default:
      if (/On$|dateOfBirth/.test(def.field)) return t("template.date");
      if (/Time$/.test(def.field)) return t("template.time");
      if (/^age/.test(def.field)) return t("template.age");
      if (def.field === "nationality") {
        // Victims have no "foreign, nationality not known" column (lib/data/victim-fields.ts).
        return kind === "victims"
          ? t("template.nationalityVictims")
          : t("template.nationalitySuspects");
      }
      if (def.field === "rescueCountry") return t("template.rescueCountry");
      if (def.field === "chargeArticles") return t("template.chargeArticles");
      if (def.field === "sentenceMonths") return t("template.wholeMonths");
      if (def.field === "fineRiel") return t("template.fine");
      return t("template.text");
  }
}

/** The example a column's help row shows: a code as it is, a name or a province in `locale`. */
function exampleOf(def: ColumnDef, locale: Locale, { t }: Translator): string {
  if (def.cell.type === "province") return def.example && provinceName(def.example, locale);
  const key = `template.examples.${def.field}` as "template.examples.name";
  return def.cell.type === "text" && t.has(key) ? t(key) : def.example;
}

export async function buildTemplate(
  kind: ImportKind,
  format: TemplateFormat,
  lang: TemplateLang,
  locale: Locale = lang,
) {
  const columns = COLUMNS[kind];
  const headers = columns.map((c) => c[lang]);
  if (format === "csv") return new TextEncoder().encode(UTF8_BOM + csvRow(headers));
  const tr = translator(locale);
  const { t } = tr;
  const workbook = new ExcelJS.Workbook();
  // The importer reads the first sheet whatever its name, so the name is the reader's language.
  const data = workbook.addWorksheet(t(`kinds.${kind}`));
  addSafeRow(data, headers).font = { bold: true };
  data.columns.forEach((column) => (column.width = 24));
  const help = workbook.addWorksheet(t("template.helpSheet"));
  addSafeRow(help, [
    t("template.column"),
    t("template.required"),
    t("template.allowed"),
    t("template.example"),
  ]).font = { bold: true };
  for (const def of columns) {
    addSafeRow(help, [
      def[lang],
      def.required ? t("template.yes") : t("template.no"),
      allowedValues(kind, def, locale),
      exampleOf(def, locale, tr),
    ]);
  }
  help.columns.forEach((column, i) => (column.width = i === 2 ? 80 : 28));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
