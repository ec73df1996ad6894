import fc from "fast-check";
import type { ColumnDef } from "@/lib/import/columns";
import { PROVINCES } from "@/lib/domain/provinces";
import { FOREIGN_PROVINCE } from "./action-fixtures";
import { mutation, type FieldKind, type Mutation } from "./hostile-fields";
import {
  badDate,
  badTime,
  controlText,
  formulaText,
  khmerText,
  oversizedText,
  unknownEnum,
} from "./hostile-values";

// Hostile cells for the import fuzz. A spreadsheet cell is always text (or, in XLSX, a number,
// date, formula, …), so wrong types come from the XLSX cell kinds instead of from JavaScript.

type Cell = { category: string; value: fc.Arbitrary<unknown>; mustRefuse: boolean };
const refuse = (category: string, value: fc.Arbitrary<unknown>) => ({
  category,
  value,
  mustRefuse: true,
});
const either = (category: string, value: fc.Arbitrary<unknown>) => ({
  category,
  value,
  mustRefuse: false,
});

const provinceName = (id: number) => PROVINCES.find((p) => p.id === id)!.nameEn;
export const FOREIGN_PROVINCE_NAME = provinceName(FOREIGN_PROVINCE);

/** A formula at the very start of a cell is refused; after spaces, spreadsheets read text. */
const leadingFormula = formulaText.filter((s) => /^[=+\-@\t\r]/.test(s));
const paddedFormula = formulaText.filter((s) => !/^[=+\-@\t\r]/.test(s));

/** Typed XLSX cells that are not formulas: what ExcelJS hands back besides strings. */
export const xlsxTyped = fc.constantFrom<unknown>(
  12_345,
  -0.5,
  true,
  new Date("2017-06-15T00:00:00Z"),
  new Date("1899-12-30T08:30:00Z"),
  { error: "#REF!" },
  { richText: [{ text: "Sok " }, { text: "Dara" }] },
  { text: "click", hyperlink: "javascript:alert(1)" },
);
export const xlsxFormula = fc.constantFrom(
  { formula: "1+1", result: 2 },
  { formula: 'HYPERLINK("http://x.test","y")', result: "y" },
);

function cellsFor(def: ColumnDef, kind: FieldKind | undefined): Cell[] {
  const max = kind?.kind === "text" ? kind.max : 320;
  const common = [
    refuse("oversized", oversizedText(max)),
    refuse("formula", leadingFormula),
    either("control", controlText),
  ];
  if (kind?.kind === "text") {
    return [...common, either("khmer", khmerText), either("paddedFormula", paddedFormula)];
  }
  const specific: Cell[] = [
    refuse(
      "khmer",
      khmerText.filter((s) => s.trim() !== ""),
    ),
  ];
  const type = def.cell.type;
  if (type === "enum" || type === "list") {
    specific.push(refuse("unknownEnum", unknownEnum(def.cell.values)));
  }
  if (type === "province") {
    specific.push(refuse("badProvince", fc.constantFrom("0", "26", "Phnom  Penhx", "KH-99")));
  }
  if (type === "caseReference") {
    specific.push(refuse("unknownReference", fc.constantFrom("PNP-2099-9999", "NOPE", "' OR 1=1")));
  }
  if (kind?.kind === "date") specific.push(refuse("badDate", badDate));
  if (kind?.kind === "time") specific.push(refuse("badTime", badTime));
  if (kind?.kind === "age") specific.push(refuse("badNumber", fc.constantFrom("-1", "121", "abc")));
  if (kind?.kind === "country")
    specific.push(refuse("unknownCountry", fc.constantFrom("XX", "ZZ")));
  return [...common, ...specific];
}

/** One hostile cell in the column `def`, under its English header. */
export function hostileCell(def: ColumnDef, kind: FieldKind | undefined): fc.Arbitrary<Mutation> {
  return fc.oneof(
    ...cellsFor(def, kind).map((c) =>
      c.value.map((value) => mutation(c.category, { [def.en]: value }, c.mustRefuse)),
    ),
  );
}
