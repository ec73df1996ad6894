import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { addSafeRow } from "./xlsx";

async function roundTrip(values: (string | number | null)[]) {
  const workbook = new ExcelJS.Workbook();
  addSafeRow(workbook.addWorksheet("s"), values);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const cells: ExcelJS.Cell[] = [];
  back
    .getWorksheet("s")!
    .getRow(1)
    .eachCell({ includeEmpty: true }, (c) => cells.push(c));
  return cells;
}

describe("addSafeRow", () => {
  it("writes formula-like text as quoted text, the same as the CSV", async () => {
    const hostile = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=1", " =1+1", "x;=cmd|' /C calc'!A0"];
    const cells = await roundTrip(hostile);
    expect(cells.map((c) => c.value)).toEqual([
      "'=1+1",
      "'+SUM(A1)",
      "'-2+3",
      "'@cmd",
      "'\t=1",
      "' =1+1",
      "x;=cmd|' /C calc'!A0",
    ]);
    for (const cell of cells) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
  });

  it("keeps numbers as numbers, negative ones too, and null as an empty cell", async () => {
    const cells = await roundTrip([-12.5, null, "Phnom Penh", "-2"]);
    expect(cells.map((c) => c.value)).toEqual([-12.5, null, "Phnom Penh", "-2"]);
    expect(cells[0]!.type).toBe(ExcelJS.ValueType.Number);
  });
});
