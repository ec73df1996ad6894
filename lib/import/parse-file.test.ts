import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { MAX_ROWS } from "./file-type";
import { parseFile, PARSE_LIMITS } from "./parse-file";

// The parser runs in a worker with a heap limit (parse-file.ts): these tests shrink the limit to
// show what the bounds checked before and during parsing keep small.

const defaults = { ...PARSE_LIMITS };
afterEach(() => Object.assign(PARSE_LIMITS, defaults));

describe("parseFile in its worker", { timeout: 90_000 }, () => {
  it("refuses 10 MB of line breaks by the row limit, in a heap far smaller than the rows", async () => {
    // Without papaparse's preview every line becomes an array before the limit is checked
    // (about 1 GB for ten million); with it, the parse stops after MAX_ROWS + 3 lines.
    PARSE_LIMITS.heapMb = 96;
    // Without a quote the line breaks are counted before any worker starts; with one (a quoted
    // cell may hold a line break), papaparse's preview must stop the parse.
    for (const header of ["Name,Sex\n", '"Name","Sex"\n']) {
      const bytes = new Uint8Array(10 * 1024 * 1024 - 16).fill(0x0a);
      bytes.set(new TextEncoder().encode(header));
      expect(await parseFile("csv", bytes)).toEqual({ ok: false, messageKey: "tooManyRows" });
    }
  });

  it("still takes a CSV of exactly MAX_ROWS rows", async () => {
    const text = `Name\n${"x\n".repeat(MAX_ROWS)}`;
    const parsed = await parseFile("csv", new TextEncoder().encode(text));
    expect(parsed.ok && parsed.table.rows.length).toBe(MAX_ROWS);
  });

  it("ends a parse that outgrows the worker's heap, and calls the file too complex", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Data");
    for (let r = 0; r < 2_000; r++) sheet.addRow(Array.from({ length: 15 }, (_, c) => r * c));
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    PARSE_LIMITS.heapMb = 8;
    expect(await parseFile("xlsx", bytes)).toEqual({ ok: false, messageKey: "tooComplex" });
  });

  it("ends a parse that passes its deadline", async () => {
    PARSE_LIMITS.timeoutMs = 1;
    const bytes = new TextEncoder().encode(`Name\n${"x\n".repeat(50_000)}`);
    expect(await parseFile("csv", bytes)).toEqual({ ok: false, messageKey: "tooComplex" });
  });
});
