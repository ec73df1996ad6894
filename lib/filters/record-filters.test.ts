import { describe, expect, it } from "vitest";
import {
  parseRecordFilters,
  recordFiltersQuery,
  recordListHref,
  sortOf,
  ZRecordFilters,
} from "./record-filters";

describe("parseRecordFilters", () => {
  it("reads the cases' stale filter, refuses any other value, and ignores it on other lists", () => {
    expect(parseRecordFilters("cases", { stale: "1" })).toMatchObject({
      filters: { stale: "1" },
      errors: {},
    });
    expect(parseRecordFilters("cases", { stale: "yes" }).errors).toEqual({ stale: "choose" });
    expect(parseRecordFilters("victims", { stale: "1" }).filters).not.toHaveProperty("stale");
  });

  it("reads every victim filter from its URL form", () => {
    const { filters, errors } = parseRecordFilters("victims", {
      year: "2017",
      province: "12",
      exploitation: "SEXUAL",
      nationality: "th",
      sex: "FEMALE",
      ageBand: "15to17",
      place: "abroad",
      rescueCountry: "my",
      hasCase: "no",
      deleted: "only",
      q: "  V-7K3  ",
      sort: "code-desc",
    });
    expect(errors).toEqual({});
    expect(filters).toMatchObject({
      year: 2017,
      province: 12,
      exploitation: "SEXUAL",
      nationality: "TH",
      sex: "FEMALE",
      ageBand: "15to17",
      place: "abroad",
      rescueCountry: "MY",
      hasCase: "no",
      deleted: "only",
      q: "V-7K3",
      sort: "code-desc",
    });
  });

  it("ignores unknown parameters, blank fields and filters another list owns", () => {
    const { filters, errors } = parseRecordFilters("cases", {
      utm_source: "mail",
      year: "",
      ageBand: "under15",
      sex: "MALE",
      status: "CLOSED",
    });
    expect(errors).toEqual({});
    expect(Object.entries(filters).filter(([, v]) => v !== undefined)).toEqual([
      ["status", "CLOSED"],
    ]);
  });

  it("applies the valid filters and names each invalid one with its message key", () => {
    const { filters, errors } = parseRecordFilters("victims", {
      year: "17",
      province: "26",
      exploitation: "sexual",
      nationality: "XX",
      ageBand: "under18",
      place: "sea",
      rescueCountry: "KH",
      hasCase: "maybe",
      deleted: "all",
      q: "x".repeat(101),
      sort: "reference-asc",
      cursor: "not a cursor!",
      sex: "FEMALE",
    });
    expect(errors).toEqual({
      year: "year",
      province: "province",
      exploitation: "choose",
      nationality: "nationality",
      ageBand: "choose",
      place: "choose",
      rescueCountry: "rescueCountry",
      hasCase: "choose",
      deleted: "choose",
      q: "tooLong",
      sort: "sort",
      cursor: "cursor",
    });
    expect(Object.entries(filters).filter(([, v]) => v !== undefined)).toEqual([["sex", "FEMALE"]]);
  });

  it("offers the not-known-whether-foreign values for suspects only, foreign for both", () => {
    expect(parseRecordFilters("suspects", { nationality: "foreign" }).filters.nationality).toBe(
      "foreign",
    );
    expect(
      parseRecordFilters("suspects", { nationality: "foreign-unspecified" }).filters.nationality,
    ).toBe("foreign-unspecified");
    // A foreign victim is one with a recorded nationality other than KH (the GLOTIP layout).
    expect(parseRecordFilters("victims", { nationality: "foreign" }).filters.nationality).toBe(
      "foreign",
    );
    for (const value of ["foreign-unspecified", "unknown"]) {
      expect(parseRecordFilters("victims", { nationality: value }).errors).toEqual({
        nationality: "nationality",
      });
    }
    expect(parseRecordFilters("victims", { nationality: "unspecified" }).errors).toEqual({});
  });

  it("refuses deleted records to a user who may not restore them, beside the filter", () => {
    const asked = { deleted: "only", year: "2017" };
    const refused = parseRecordFilters("cases", asked, { allowDeleted: false });
    expect(refused.errors).toEqual({ deleted: "deleted" });
    expect(refused.filters.deleted).toBeUndefined();
    expect(refused.filters.year).toBe(2017);
    expect(parseRecordFilters("cases", asked, { allowDeleted: true }).filters.deleted).toBe("only");
  });

  it("reads the first of a repeated parameter", () => {
    expect(parseRecordFilters("suspects", { sex: ["MALE", "FEMALE"] }).filters.sex).toBe("MALE");
  });

  it("refuses a year that is not four digits and a province outside 1–25", () => {
    for (const year of ["20170", "2017.5", "-2017", "year"]) {
      expect(parseRecordFilters("cases", { year }).errors.year).toBe("year");
    }
    expect(parseRecordFilters("cases", { province: "0" }).errors.province).toBe("province");
    expect(parseRecordFilters("cases", { province: "25" }).filters.province).toBe(25);
  });
});

describe("sortOf", () => {
  it("uses the list's default when no sort is given", () => {
    expect(sortOf("suspects", ZRecordFilters.parse({}))).toBe("date-desc");
    expect(sortOf("cases", ZRecordFilters.parse({ sort: "reference-desc" }))).toBe(
      "reference-desc",
    );
  });
});

describe("recordListHref", () => {
  it("writes filters a list reads back unchanged (the report's drill-down links)", () => {
    const wanted = { year: 2017, ageBand: "under15", place: "cambodia" } as const;
    const href = recordListHref("victims", wanted);
    expect(href).toBe("/victims?year=2017&ageBand=under15&place=cambodia");
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseRecordFilters("victims", params)).toMatchObject({ filters: wanted, errors: {} });
  });

  it("leaves out empty values", () => {
    expect(recordFiltersQuery({ year: undefined, q: "" })).toBe("");
    expect(recordListHref("cases")).toBe("/cases");
  });
});
