import { describe, expect, it } from "vitest";
import { parseReportExport, reportExportHref } from "./report-export";

// The export route's options, parsed from its year and query string. The route answers 400 with
// the fields named by the issues' paths, so each bad option must fail on its own field.

const parse = (year: string, query: string) => parseReportExport(year, new URLSearchParams(query));
const badFields = (year: string, query: string) => {
  const result = parse(year, query);
  expect(result.success, query).toBe(false);
  return [...new Set(result.error?.issues.map((i) => String(i.path[0])))];
};

describe("parseReportExport", () => {
  it("reads every option, and gives empty or missing ones their defaults", () => {
    expect(parse("2017", "format=xlsx&variant=public&k=3&bands=ctdc&lang=km")).toMatchObject({
      success: true,
      data: { year: 2017, format: "xlsx", variant: "public", k: 3, bands: "ctdc", lang: "km" },
    });
    expect(parse("2017", "format=csv&variant=&k=&bands=&lang=")).toMatchObject({
      success: true,
      data: { year: 2017, format: "csv", variant: "full", k: 11, bands: "ncct", lang: "en" },
    });
  });

  it("refuses an unknown or missing format", () => {
    expect(badFields("2017", "format=doc")).toEqual(["format"]);
    expect(badFields("2017", "")).toEqual(["format"]);
  });

  it("refuses a k outside 3..50 or not a whole number", () => {
    for (const k of ["2", "0", "51", "3.5", "eleven"]) {
      expect(badFields("2017", `format=csv&variant=public&k=${k}`), k).toEqual(["k"]);
    }
    expect(parse("2017", "format=csv&variant=public&k=50").success).toBe(true);
  });

  it("refuses an unknown language, variant or band set", () => {
    expect(badFields("2017", "format=csv&lang=fr")).toEqual(["lang"]);
    expect(badFields("2017", "format=csv&variant=secret")).toEqual(["variant"]);
    expect(badFields("2017", "format=csv&bands=decades")).toEqual(["bands"]);
  });

  it("refuses a year that is not four digits", () => {
    for (const year of ["17", "2017a", "20170", ""]) {
      expect(badFields(year, "format=csv"), year).toEqual(["year"]);
    }
  });

  it("accepts every link the export menu makes", () => {
    for (const variant of ["full", "public"] as const) {
      const href = reportExportHref({
        year: 2017,
        format: "pdf",
        variant,
        bands: "ncct",
        lang: "km",
        k: 5,
      });
      const url = new URL(href, "http://localhost");
      const result = parse(url.pathname.split("/")[3]!, url.search);
      expect(result.data).toMatchObject({ year: 2017, format: "pdf", variant, lang: "km" });
      expect(result.data?.k).toBe(variant === "public" ? 5 : 11);
    }
  });
});
