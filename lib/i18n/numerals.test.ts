import { describe, expect, it } from "vitest";
import {
  formatChange,
  formatDifference,
  formatNumber,
  formatYear,
  numeralsFor,
  withNumerals,
  type Numerals,
} from "./numerals";

// Node carries full ICU; the table must write what it writes for CLDR's Khmer digits.
const icu = (numerals: Numerals, options: Intl.NumberFormatOptions = {}) =>
  new Intl.NumberFormat(numerals === "khmr" ? "km-u-nu-khmr" : "en-US", options);

describe("formatNumber", () => {
  const values = [0, 7, 42, 345, 757, 1000, 1234, 99999, 1234567, 2017, -12, 0.5, 12.25, 1234.5];

  it("writes what full ICU writes for km-u-nu-khmr, and for Latin digits", () => {
    for (const numerals of ["khmr", "latn"] as const) {
      for (const v of values)
        expect(formatNumber(v, numerals), `${v}`).toBe(icu(numerals).format(v));
      const fixed = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
      for (const v of values) {
        expect(formatNumber(v, numerals, fixed), `${v}`).toBe(icu(numerals, fixed).format(v));
      }
    }
  });

  it("uses Khmer digits, and only them, in Khmer", () => {
    expect(formatNumber(1234567, "khmr")).toBe("១.២៣៤.៥៦៧");
    expect(formatNumber(345, "khmr")).toBe("៣៤៥");
    expect(formatNumber(345, "latn")).toBe("345");
  });
});

describe("the digits of a page", () => {
  it("are Latin in English whatever the user chose, and Khmer in Khmer unless they chose Latin", () => {
    expect(numeralsFor("en")).toBe("latn");
    expect(numeralsFor("en", "KHMER")).toBe("latn");
    expect(numeralsFor("km")).toBe("khmr");
    expect(numeralsFor("km", "KHMER")).toBe("khmr");
    expect(numeralsFor("km", "LATIN")).toBe("latn");
  });
});

describe("years, changes and other text", () => {
  it("writes a year without grouping", () => {
    expect(formatYear(2017, "khmr")).toBe("២០១៧");
    expect(formatYear(2017, "latn")).toBe("2017");
  });

  it("writes the document's change in the page's digits and decimal mark", () => {
    expect(formatChange("+72.83%", "khmr")).toBe("+៧២,៨៣%");
    expect(formatChange("\u22121,234.00%", "latn")).toBe("\u22121,234.00%");
    expect(formatChange("\u22121234.50%", "khmr")).toBe("\u2212១.២៣៤,៥០%");
  });

  it("writes a difference of two figures signed unless zero, in the page's digits", () => {
    expect(formatDifference(1234, "khmr")).toBe("+១.២៣៤");
    expect(formatDifference(-3, "khmr")).toBe("\u2212៣");
    expect(formatDifference(0, "khmr")).toBe("០");
    expect(formatDifference(1234, "latn")).toBe("+1,234");
    expect(formatDifference(-3, "latn")).toBe("\u22123");
    expect(formatDifference(0, "latn")).toBe("0");
  });

  it("maps every digit and leaves the rest", () => {
    expect(withNumerals("19:10, 31", "khmr")).toBe("១៩:១០, ៣១");
    expect(withNumerals("PNP-2017-0001", "latn")).toBe("PNP-2017-0001");
  });
});
