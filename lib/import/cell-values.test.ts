import { describe, expect, it } from "vitest";
import { parseEnumCell, parseListCell, parseProvinceCell } from "./cell-values";
import { checkFile, MAX_FILE_BYTES } from "./file-type";
import { isFormulaInjection } from "./formula";

const SEX = ["FEMALE", "MALE", "OTHER", "UNKNOWN"] as const;

describe("enum cells", () => {
  it("accepts the code and the English label, in any case and spacing", () => {
    expect(parseEnumCell("FEMALE", "Sex", SEX)).toBe("FEMALE");
    expect(parseEnumCell(" female ", "Sex", SEX)).toBe("FEMALE");
    expect(parseEnumCell("Police or judicial", "RescuingAgency", ["POLICE_JUDICIAL"])).toBe(
      "POLICE_JUDICIAL",
    );
    expect(parseEnumCell("police_judicial", "RescuingAgency", ["POLICE_JUDICIAL"])).toBe(
      "POLICE_JUDICIAL",
    );
    expect(parseEnumCell("Abroad", "RescuePlace", ["CAMBODIA", "ABROAD"])).toBe("ABROAD");
  });

  it("passes an unknown value through for the schema to refuse, and keeps blanks blank", () => {
    expect(parseEnumCell("Woman?", "Sex", SEX)).toBe("Woman?");
    expect(parseEnumCell("  ", "Sex", SEX)).toBe("");
  });

  it("splits a list cell on ; , and |", () => {
    expect(
      parseListCell("Shelter; MEDICAL|legal aid", "ServiceType", ["SHELTER", "MEDICAL", "LEGAL"]),
    ).toEqual(["SHELTER", "MEDICAL", "LEGAL"]);
    expect(parseListCell("", "ServiceType", ["SHELTER"])).toEqual([]);
  });
});

describe("province cells", () => {
  it("reads English and Khmer names, ISO numbers and codes, and short codes", () => {
    expect(parseProvinceCell("Phnom Penh")).toBe("12");
    expect(parseProvinceCell("ភ្នំពេញ")).toBe("12");
    expect(parseProvinceCell("12")).toBe("12");
    expect(parseProvinceCell("KH-12")).toBe("12");
    expect(parseProvinceCell("PNP")).toBe("12");
    expect(parseProvinceCell("kratie")).toBe("10");
  });

  it("passes an unknown province through unchanged", () => {
    expect(parseProvinceCell("Atlantis")).toBe("Atlantis");
    expect(parseProvinceCell("26")).toBe("26");
  });
});

describe("formula injection", () => {
  it.each([
    "=1+1",
    "@SUM(A1:A2)",
    "+cmd|' /C calc'!A0",
    "-2+3",
    "\t=1",
    "\rfoo",
    '=HYPERLINK("x")',
    // The schemas trim what is stored: a formula behind spaces is stored as a formula.
    " =1+1",
    "\u00a0@SUM(A1)",
    "  +cmd|' /C calc'!A0",
  ])("refuses %j", (value) => expect(isFormulaInjection(value)).toBe(true));

  it.each(["-5", "+3", "-0.25", "1e5", "Sok Dara", "2017-06-15", "", "a=b", " -5", " Sok"])(
    "accepts %j",
    (value) => expect(isFormulaInjection(value)).toBe(false),
  );
});

describe("file type", () => {
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
  const text = new TextEncoder().encode("\uFEFFName,Sex\nSok,FEMALE\n");

  it("accepts a CSV that is text and an XLSX that is a zip", () => {
    expect(checkFile("victims.csv", text)).toEqual({ ok: true, type: "csv" });
    expect(checkFile("VICTIMS.XLSX", zip)).toEqual({ ok: true, type: "xlsx" });
  });

  it("refuses a mismatch between name and content, and other types", () => {
    expect(checkFile("victims.csv", zip)).toMatchObject({ ok: false, messageKey: "wrongType" });
    expect(checkFile("victims.xlsx", text)).toMatchObject({ ok: false, messageKey: "wrongType" });
    expect(checkFile("victims.xls", zip)).toMatchObject({ ok: false, messageKey: "wrongType" });
    const binary = new Uint8Array([0x4d, 0x5a, 0x00, 0x90]);
    expect(checkFile("victims.csv", binary)).toMatchObject({ ok: false, messageKey: "wrongType" });
    expect(checkFile("victims.csv", new Uint8Array([0xff, 0xfe, 0x41]))).toMatchObject({
      ok: false,
    });
  });

  it("refuses an oversized or empty file", () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41);
    expect(checkFile("victims.csv", big)).toMatchObject({ ok: false, messageKey: "tooLarge" });
    expect(checkFile("victims.csv", new Uint8Array())).toMatchObject({ messageKey: "empty" });
  });
});
