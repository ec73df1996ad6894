import { describe, expect, it } from "vitest";
import { COLUMNS } from "./columns";
import { MAX_ROWS } from "./file-type";
import {
  cellsXml,
  khmerXlsxFile,
  sheetXml,
  victimRow,
  zipArchive,
} from "@/lib/testing/import-files";
import { checkXlsx, MAX_CELLS, MAX_UNZIPPED_BYTES } from "./xlsx-guard";

const sheet = (data: Buffer, size?: number) => ({ name: "xl/worksheets/sheet1.xml", data, size });

describe("checkXlsx", () => {
  it("passes a real workbook", async () => {
    const file = await khmerXlsxFile("victims", [victimRow(), victimRow()]);
    expect(await checkXlsx(file.bytes)).toEqual({ ok: true });
  });

  it("refuses an entry that inflates past what the directory says (a zip bomb)", async () => {
    const bomb = { name: "xl/media/image1.png", data: Buffer.alloc(64 * 1024 * 1024), size: 1024 };
    const zip = zipArchive([sheet(sheetXml(2)), bomb]);
    expect(zip.length).toBeLessThan(1024 * 1024);
    expect(await checkXlsx(zip)).toEqual({ ok: false, messageKey: "unreadable" });
  });

  it("refuses a directory that adds up to more than the limit, before inflating anything", async () => {
    const huge = {
      name: "xl/sharedStrings.xml",
      data: Buffer.from("<sst/>"),
      size: MAX_UNZIPPED_BYTES,
    };
    expect(await checkXlsx(zipArchive([sheet(sheetXml(2)), huge]))).toEqual({
      ok: false,
      messageKey: "unreadable",
    });
  });

  it("refuses a worksheet of more rows than an import takes, whatever its size in bytes", async () => {
    const zip = zipArchive([sheet(sheetXml(MAX_ROWS + 2))]);
    expect(await checkXlsx(zip)).toEqual({ ok: false, messageKey: "tooManyRows" });
  });

  it("counts only rows that hold cells, not rows that are merely formatted", async () => {
    const zip = zipArchive([sheet(sheetXml(MAX_ROWS + 1, 50_000))]);
    expect(await checkXlsx(zip)).toEqual({ ok: true });
  });

  it("calls a broken archive unreadable", async () => {
    const zip = zipArchive([sheet(sheetXml(10))]);
    expect(await checkXlsx(zip.subarray(0, zip.length - 30))).toEqual({
      ok: false,
      messageKey: "unreadable",
    });
    expect(await checkXlsx(new TextEncoder().encode("PK\u0003\u0004 not a zip"))).toEqual({
      ok: false,
      messageKey: "unreadable",
    });
  });

  it("refuses a sheet of more cells than the widest template's rows hold, within the row limit", async () => {
    // 3 million one-digit cells in 100,000 rows: a few megabytes zipped, a gigabyte in ExcelJS.
    const zip = zipArchive([sheet(cellsXml(100_000, 30))]);
    expect(zip.length).toBeLessThan(10 * 1024 * 1024);
    expect(await checkXlsx(zip)).toEqual({ ok: false, messageKey: "tooManyCells" });
    expect(MAX_CELLS).toBeLessThan(3_000_000);
  });

  it("counts cells over every sheet, and in a stored (not deflated) sheet", async () => {
    // 30 cells a row keeps each sheet within the row limit, so only the cells can stop it.
    const half = cellsXml(Math.ceil(MAX_CELLS / 2 / 30) + 1, 30);
    const two = zipArchive([
      sheet(half),
      { name: "xl/worksheets/sheet2.xml", data: half, stored: true },
    ]);
    expect(await checkXlsx(two)).toEqual({ ok: false, messageKey: "tooManyCells" });
  });

  it("passes a full sheet of the widest template", async () => {
    const widest = Math.max(...Object.values(COLUMNS).map((c) => c.length));
    const zip = zipArchive([sheet(cellsXml(MAX_ROWS + 1, widest))]);
    expect(await checkXlsx(zip)).toEqual({ ok: true });
  });

  it("refuses a local header that names another entry than the directory does", async () => {
    const zip = zipArchive([
      {
        name: "xl/worksheets/sheet1.xml",
        localName: "xl/worksheets/sheet9.xml",
        data: sheetXml(2),
      },
    ]);
    expect(await checkXlsx(zip)).toEqual({ ok: false, messageKey: "unreadable" });
  });

  it("refuses bytes hidden between the directory and its end record", async () => {
    const zip = zipArchive([sheet(sheetXml(2))], { hidden: Buffer.from("PK\u0001\u0002 more") });
    expect(await checkXlsx(zip)).toEqual({ ok: false, messageKey: "unreadable" });
  });
});
