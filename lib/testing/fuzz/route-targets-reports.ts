import fc from "fast-check";
import { getCase, k, seg, year, type RouteCase } from "./route-case";
import { choice, hostileText, param } from "./route-values";

// The report's routes: the document for a year or any period, its exports, the CTDC file and the
// published revisions.

export const REPORT_ROUTE_TARGETS: Record<
  string,
  Partial<Record<"GET" | "POST", fc.Arbitrary<RouteCase>>>
> = {
  // Any period: both dates are required, so each valid value is a real date (from ≤ to always).
  "/api/reports": {
    GET: getCase(
      "read:report",
      () => `/api/reports`,
      {
        from: param(
          fc.constantFrom("2017-04-01", "2017-01-01"),
          fc.oneof(hostileText, fc.constantFrom("", "2017-02-30", "2017-4-1", "01/04/2017")),
        ),
        to: param(
          fc.constantFrom("2018-03-31", "2017-12-31"),
          fc.oneof(hostileText, fc.constantFrom("", "2016-12-31", "2040-01-01", "9999-99-99")),
        ),
        format: choice(["json", "csv", "xlsx"]),
        lang: choice(["en", "km"]),
        bands: choice(["ncct", "ctdc"]),
      },
      { writes: [], maxAudit: 1 },
    ),
  },
  "/api/reports/[year]": {
    GET: getCase("read:report", (p) => `/api/reports/${seg(p.segment)}`, {
      segment: year,
      format: choice(["json", "csv"]),
      lang: choice(["en", "km"]),
      bands: choice(["ncct", "ctdc"]),
    }),
  },
  // PDF is left out: each one prints in a browser, too slow for hundreds of runs.
  "/api/reports/[year]/export": {
    GET: getCase(
      "export:report",
      (p) => `/api/reports/${seg(p.segment)}/export`,
      {
        segment: year,
        format: param(
          fc.constantFrom("csv", "json", "xlsx"),
          fc.oneof(hostileText, fc.constantFrom("CSV", "html", "pdf ")),
        ),
        variant: choice(["full", "public"]),
        k,
        bands: choice(["ncct", "ctdc"]),
        lang: choice(["en", "km"]),
      },
      { writes: [], maxAudit: 1 },
    ),
  },
  "/api/reports/[year]/ctdc": {
    GET: getCase(
      "export:report",
      (p) => `/api/reports/${seg(p.segment)}/ctdc`,
      {
        segment: year,
        k: param(
          fc.constantFrom(undefined, "", "2", "11", "1000"),
          fc.oneof(hostileText, fc.constantFrom("1", "0", "1001", "-1", "NaN", "11.5", "1e9")),
        ),
      },
      { writes: [], maxAudit: 1 },
    ),
  },
  // A published revision as a file (decision 0031): 2010 and 2005 are published by the report
  // spec; an unpublished one is a 404. An accepted download is audited (one report.exported).
  "/api/reports/[year]/revisions/[revision]": {
    GET: getCase(
      "export:report",
      (p) => `/api/reports/${seg(p.segment)}/revisions/${seg(p.segmentRevision)}`,
      {
        segment: param(
          fc.constantFrom("2010", "2005", "2017"),
          fc.oneof(hostileText, fc.constantFrom("17", "2010.0", "២០១០")),
        ),
        segmentRevision: param(
          fc.constantFrom("1", "2", "3"),
          fc.oneof(hostileText, fc.constantFrom("0", "01", "-1", "1.5", "99999", "1e3")),
        ),
        format: param(
          fc.constantFrom(undefined, "json", "csv", "xlsx"),
          fc.oneof(hostileText, fc.constantFrom("JSON", "html", "pdf ")),
        ),
        lang: choice(["en", "km"]),
      },
      { writes: [], maxAudit: 1 },
    ),
  },
};
