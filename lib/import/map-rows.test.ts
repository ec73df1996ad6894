import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { isRefusal, mapHeaders, rowToInput, scanCells, type ColumnMap } from "./map-rows";
import { parseFile } from "./parse-file";
import { allowedValues } from "./template";
import { COLUMNS } from "./columns";

const csv = (text: string) => parseFile("csv", new TextEncoder().encode(text));

describe("header mapping", () => {
  it("maps English and Khmer headers, in any order and case, to schema fields", () => {
    const map = mapHeaders("victims", [
      "ឈ្មោះ",
      "SEX",
      "Place of rescue",
      "Rescuing agency",
      "Exploitation",
    ]);
    expect(isRefusal(map)).toBe(false);
    expect((map as ColumnMap).defs.map((d) => d?.field)).toEqual([
      "name",
      "sex",
      "rescuePlace",
      "rescuingAgency",
      "exploitationType",
    ]);
  });

  it("writes Khmer headers in Khmer only, and still reads an older template's bracketed ones", () => {
    for (const def of Object.values(COLUMNS).flat())
      expect(def.km, def.field).not.toMatch(/[A-Za-z]/);
    const victims = COLUMNS.victims.filter((d) => d.required);
    const older = victims.map((d) => d.formerKm?.[0] ?? d.km);
    expect(older).toContain("ប្រភេទការកេងប្រវ័ញ្ច (Exploitation)");
    const map = mapHeaders("victims", older);
    if (isRefusal(map)) throw new Error(map.messageKey);
    expect(map.defs.map((d) => d?.field)).toEqual(victims.map((d) => d.field));
    expect(map.lang).toBe("km");
  });

  it("refuses an unknown column, naming it", () => {
    expect(
      mapHeaders("cases", ["Offence type", "Province", "Lead agency", "Status", "Colour"]),
    ).toEqual({
      messageKey: "unknownColumn",
      params: { column: "Colour" },
    });
  });

  it("refuses a missing required column and a repeated one", () => {
    expect(mapHeaders("cases", ["Offence type", "Province", "Status"])).toEqual({
      messageKey: "missingColumn",
      params: { column: "Lead agency" },
    });
    // A Khmer file is told the Khmer header it lacks.
    expect(mapHeaders("cases", ["ប្រភេទបទល្មើស", "ខេត្ត", "ស្ថានភាព"])).toEqual({
      messageKey: "missingColumn",
      params: { column: "ស្ថាប័នទទួលបន្ទុក" },
    });
    expect(
      mapHeaders("cases", ["Offence type", "Province", "ខេត្ត", "Lead agency", "Status"]),
    ).toMatchObject({
      messageKey: "duplicateColumn",
    });
  });

  it("turns a row into what the form would submit", () => {
    const map = mapHeaders("cases", [
      "Offence type",
      "Province",
      "Lead agency",
      "Status",
    ]) as ColumnMap;
    expect(rowToInput(map, ["Human trafficking", "KH-2", "Police", "open"])).toEqual({
      offenceType: "HUMAN_TRAFFICKING",
      provinceId: "2",
      leadAgency: "Police",
      status: "OPEN",
    });
  });
});

// Parsing starts a worker thread (parse-file.ts), which takes seconds on a loaded machine.
describe("parsing and cell scanning", { timeout: 30_000 }, () => {
  it("reads a CSV with a byte-order mark, numbering rows as a spreadsheet does", async () => {
    const parsed = await csv("\uFEFFName,Sex\n\nSok,F\n");
    expect(parsed).toMatchObject({ ok: true });
    if (!parsed.ok) return;
    expect(parsed.table.headers).toEqual(["Name", "Sex"]);
    expect(parsed.table.rows).toEqual([{ row: 3, cells: ["Sok", "F"] }]);
  });

  it("reports each formula cell and each cell without a header, with row and column", async () => {
    const parsed = await csv("Name,Sex,\nSok,=1+1,\n-5,FEMALE,x\n");
    if (!parsed.ok) throw new Error("unparsed");
    const map = mapHeaders("suspects", ["Case reference", "Name", "Sex", "Role"]) as ColumnMap;
    const sexMap: ColumnMap = {
      headers: parsed.table.headers,
      defs: [map.defs[1]!, map.defs[2]!, null],
    };
    expect(scanCells(parsed.table, sexMap, 10)).toEqual([
      { row: 2, column: "Sex", message: "import.issues.formula" },
      { row: 3, column: "#3", message: "import.issues.noHeader" },
    ]);
  });

  it("flags an XLSX cell holding a formula, whatever its cached result", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Data");
    sheet.addRow(["Name", "Age"]);
    sheet.addRow(["Sok", { formula: "1+1", result: 2 }]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const parsed = await parseFile("xlsx", bytes);
    expect(parsed).toMatchObject({ ok: true, table: { formulaCells: [{ row: 2, col: 1 }] } });
  });

  it("keeps an XLSX date-time cell whole, and names it in a date column instead of dropping the time", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Data");
    sheet.addRow(["Rescue date", "Date of birth", "Name"]);
    sheet.addRow([
      new Date(Date.UTC(2017, 5, 15, 14, 30)),
      new Date(Date.UTC(2001, 6, 4)),
      new Date(Date.UTC(2017, 5, 15, 9, 5)),
    ]);
    const parsed = await parseFile("xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()));
    if (!parsed.ok) throw new Error("unparsed");
    expect(parsed.table.rows).toEqual([
      { row: 2, cells: ["2017-06-15 14:30", "2001-07-04", "2017-06-15 09:05"] },
    ]);
    const headers = ["Rescue date", "Date of birth", "Name"];
    const defs = headers.map((h) => COLUMNS.victims.find((c) => c.en === h)!);
    const map: ColumnMap = { headers, defs };
    // The Name column is text: a date-time there is data, not a lost time.
    expect(scanCells(parsed.table, map, 10)).toEqual([
      { row: 2, column: "Rescue date", message: "import.issues.dateWithTime" },
    ]);
  });
});

describe("template help", () => {
  const nationality = (kind: "victims" | "suspects") =>
    allowedValues(
      kind,
      COLUMNS[kind].find((c) => c.field === "nationality")!,
    );

  it("offers FOREIGN for suspects only, as victims' records cannot hold it", () => {
    expect(nationality("suspects")).toContain("FOREIGN (nationality not known)");
    expect(nationality("victims")).toContain("FOREIGN is for suspects only");
  });

  it("says a date column takes no time", () => {
    const rescue = COLUMNS.victims.find((c) => c.field === "rescuedOn")!;
    expect(allowedValues("victims", rescue)).toContain("a date-time is refused");
  });
});
