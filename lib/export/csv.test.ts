import { describe, expect, it } from "vitest";
import { csvCell, csvRow, neutraliseFormula } from "./csv";

describe("neutraliseFormula", () => {
  it.each(["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", '=HYPERLINK("http://x")'])(
    "prefixes %j so it is shown, not run",
    (v) => expect(neutraliseFormula(v)).toBe(`'${v}`),
  );

  it("leaves ordinary text alone", () => {
    expect(neutraliseFormula("Phnom Penh")).toBe("Phnom Penh");
    expect(neutraliseFormula("ភ្នំពេញ")).toBe("ភ្នំពេញ");
  });
});

describe("csvCell", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell('a,"b"\nc')).toBe('"a,""b""\nc"');
  });

  it("neutralises a formula even inside a quoted cell", () => {
    expect(csvCell("=1,2")).toBe(`"'=1,2"`);
  });

  it("writes numbers (negative ones too) as numbers, and nulls as empty", () => {
    expect(csvRow([1, -2, null, undefined, new Date("2017-01-01T00:00:00Z")])).toBe(
      "1,-2,,,2017-01-01T00:00:00.000Z\r\n",
    );
  });
});
