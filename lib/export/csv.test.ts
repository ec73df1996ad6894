import { describe, expect, it } from "vitest";
import { csvCell, csvRow, neutraliseFormula } from "./csv";

describe("neutraliseFormula", () => {
  it.each(["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", '=HYPERLINK("http://x")'])(
    "prefixes %j so it is shown, not run",
    (v) => expect(neutraliseFormula(v)).toBe(`'${v}`),
  );

  it.each([" =1+1", "  @cmd", "\n=1+1", "\u00a0+1", " \t-2+3"])(
    "prefixes %j, a formula after leading blanks",
    (v) => expect(neutraliseFormula(v)).toBe(`'${v}`),
  );

  it.each(["-Infinity", "-1-1", "+5%", "-", "--x", "-1e5+1"])(
    "prefixes %j, which starts like a number but is not a plain one",
    (v) => expect(neutraliseFormula(v)).toBe(`'${v}`),
  );

  it("leaves ordinary text and plain numbers alone", () => {
    expect(neutraliseFormula("Phnom Penh")).toBe("Phnom Penh");
    expect(neutraliseFormula("ភ្នំពេញ")).toBe("ភ្នំពេញ");
    expect(neutraliseFormula("x;=cmd|' /C calc'!A0")).toBe("x;=cmd|' /C calc'!A0");
    for (const n of ["-2", "+3", "-0.25", "-12.5", "72.83", "-1e-7", "0"]) {
      expect(neutraliseFormula(n)).toBe(n);
    }
  });
});

describe("csvCell", () => {
  it("quotes every field, doubling quotes inside", () => {
    expect(csvCell('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvCell("Phnom Penh")).toBe('"Phnom Penh"');
    expect(csvCell(159)).toBe('"159"');
  });

  it("keeps a value with the other list separator in one cell (a `;` locale)", () => {
    // Unquoted, a `;` reader would split this into "x" and a formula cell "=cmd|…".
    expect(csvCell("x;=cmd|' /C calc'!A0")).toBe(`"x;=cmd|' /C calc'!A0"`);
  });

  it("neutralises a formula even inside a quoted cell, and in JSON or numbers' text", () => {
    expect(csvCell("=1,2")).toBe(`"'=1,2"`);
    expect(csvCell(" =1+1")).toBe(`"' =1+1"`);
    expect(csvCell(-Infinity)).toBe(`"'-Infinity"`);
    expect(csvCell({ a: "=1" })).toBe(`"{""a"":""=1""}"`);
  });

  it("writes numbers (negative ones too) as numbers, and nulls as empty", () => {
    expect(csvRow([1, -2, null, undefined, new Date("2017-01-01T00:00:00Z")])).toBe(
      '"1","-2","","","2017-01-01T00:00:00.000Z"\r\n',
    );
  });
});
