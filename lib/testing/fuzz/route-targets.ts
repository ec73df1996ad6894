import fc from "fast-check";
import { roleCan, type Permission } from "@/lib/auth/permissions";
import { COLUMNS } from "@/lib/import/columns";
import { controlText } from "./hostile-values";
import { hostileCell } from "./import-cells";
import {
  anyHostile,
  choice,
  encodeParam,
  hostileHeaders,
  hostileText,
  param,
  query,
  ROLES,
  type Param,
  type RouteRole,
} from "./route-values";

// One generated request per run, for every route handler and method under app/api: who sends it,
// where, with what, and what it may do. Keyed by the route's folder as app/api spells it.

export type Body =
  | { kind: "file"; name: string; text: string }
  | { kind: "bytes"; size: number }
  | { kind: "raw"; contentType: string; data: string }
  | { kind: "form"; fields: Record<string, string> };

export type RouteCase = {
  role: RouteRole;
  method: "GET" | "POST";
  url: string;
  headers: Record<string, string>;
  /** Which kind of hostile headers (FUZZ_SKIP can name it). */
  category: string;
  body?: Body;
  /** Fetch a CSRF token first (Auth.js's own POSTs). */
  csrf?: boolean;
  /** Must be refused: a 4xx (or, for an import, a refused result). */
  mustRefuse: boolean;
  /** Tables an accepted (or audited refused) request may change, and audit rows it may add. */
  writes: string[];
  maxAudit: number;
};

const role = fc.constantFrom(...ROLES);
const year = param(
  fc.constantFrom("2017", "2016"),
  fc.oneof(hostileText, fc.constantFrom("17", "20170", "-1", "2017.0", "២០១៧")),
);
const kind = param(
  fc.constantFrom("cases", "suspects", "victims"),
  fc.oneof(hostileText, fc.constantFrom("CASES", "cases%00", "toString")),
);

const allowed = (r: RouteRole, permission: Permission) =>
  r !== "anonymous" && roleCan(r, permission);

function getCase(
  permission: Permission,
  path: (p: Record<string, Param>) => string,
  params: Record<string, fc.Arbitrary<Param>>,
  writes: { writes: string[]; maxAudit: number } = { writes: [], maxAudit: 0 },
): fc.Arbitrary<RouteCase> {
  return fc.record({ role, headers: hostileHeaders, params: fc.record(params) }).map((g) => {
    // Params named segment… are the path's; the rest go into the query.
    const search = Object.fromEntries(
      Object.entries(g.params as Record<string, Param>).filter(([n]) => !n.startsWith("segment")),
    );
    return {
      role: g.role,
      method: "GET",
      url: `${path(g.params)}${query(search)}`,
      headers: g.headers.headers,
      category: g.headers.category,
      mustRefuse: !allowed(g.role, permission) || anyHostile(g.params),
      ...writes,
    };
  });
}

const seg = (p: Param | undefined) => encodeParam(p?.value ?? "");
const k = param(
  fc.constantFrom(undefined, "3", "11", "50"),
  fc.oneof(hostileText, fc.constantFrom("2", "51", "-1", "NaN", "11.5", "1e9")),
);
const date = param(
  fc.constantFrom(undefined, "", "2017-01-01", "2026-11-29"),
  fc.oneof(hostileText, fc.constantFrom("2017-02-30", "31/12/2023", "9999-99-99")),
);
const text = param(
  fc.constantFrom(undefined, "", "user.created", "case"),
  fc.string({ minLength: 201, maxLength: 400 }).filter((s) => s.trim().length > 200),
);

// The audit filters are choices from lib/domain/audit-actions.ts: any other value is refused.
const auditAction = param(
  fc.constantFrom(undefined, "", "user.created", "victim.identity_viewed"),
  fc.oneof(hostileText, fc.constantFrom("user.", "USER.CREATED", "test.event", "toString")),
);
const auditEntityType = param(
  fc.constantFrom(undefined, "", "user", "case"),
  fc.oneof(hostileText, fc.constantFrom("Case", "test", "__proto__")),
);

const FILE_HEADERS = ["Offence type", "Province", "Lead agency", "Status"];

/** A file with one hostile cell (one a column must refuse) in an otherwise empty cases row. */
const hostileFile = fc
  .constantFrom(...COLUMNS.cases.filter((c) => !FILE_HEADERS.includes(c.en)))
  .chain((def) => hostileCell(def, undefined).filter((m) => m.mustRefuse))
  .map((m): Body => {
    const [header, value] = Object.entries(m.patch)[0]!;
    const cell = `"${String(value).replaceAll('"', '""')}"`;
    return {
      kind: "file",
      name: "fuzz.csv",
      text: `Offence type,Province,Lead agency,Status,${header}\r\nHUMAN_TRAFFICKING,Phnom Penh,Police,OPEN,${cell}\r\n`,
    };
  });

const importBody: fc.Arbitrary<Body> = fc.oneof(
  { weight: 6, arbitrary: hostileFile },
  fc.constantFrom<Body>(
    { kind: "raw", contentType: "application/json", data: '{"file":"x"}' },
    { kind: "raw", contentType: "text/plain", data: "" },
    { kind: "raw", contentType: "multipart/form-data; boundary=x", data: "--x\r\nbroken" },
    { kind: "form", fields: { file: "not a file" } },
    { kind: "file", name: "evil.exe", text: "MZ\u0000\u0000" },
    { kind: "file", name: "fuzz.xlsx", text: "PK\u0003\u0004 not a zip" },
  ),
  // Over the 10 MB limit: one in twenty, as each costs a real upload.
  { weight: 1, arbitrary: fc.constant<Body>({ kind: "bytes", size: 11 * 1024 * 1024 }) },
);

export const ROUTE_TARGETS: Record<
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
  "/api/audit/export": {
    GET: getCase(
      "read:audit",
      () => "/api/audit/export",
      {
        actor: text,
        action: auditAction,
        entityType: auditEntityType,
        from: date,
        to: date,
        cursor: param(
          fc.constantFrom(undefined, "", "1"),
          fc.oneof(hostileText, fc.constantFrom("-1", "1.5", "abc")),
        ),
      },
      { writes: [], maxAudit: 1 },
    ),
  },
  // No session needed and nothing to refuse: whatever is sent, a 200 or a 503, and no write.
  "/api/health": {
    GET: fc.record({ role, headers: hostileHeaders, params: fc.record({ q: text }) }).map((g) => ({
      role: g.role,
      method: "GET",
      url: `/api/health${query(g.params)}`,
      headers: g.headers.headers,
      category: g.headers.category,
      mustRefuse: false,
      writes: [],
      maxAudit: 0,
    })),
  },
  "/api/import/[kind]/template": {
    GET: getCase("write:record", (p) => `/api/import/${seg(p.segment)}/template`, {
      segment: kind,
      format: choice(["csv", "xlsx"]),
      lang: choice(["en", "km"]),
    }),
  },
  "/api/import/[kind]": {
    POST: fc.record({ role, headers: hostileHeaders, kind, body: importBody }).map((g) => ({
      role: g.role,
      method: "POST",
      url: `/api/import/${seg(g.kind)}`,
      headers: g.headers.headers,
      category: g.headers.category,
      body: g.body,
      mustRefuse: true,
      // A refused import is audited (import.refused), unless refused before it is read.
      writes: [],
      maxAudit: g.headers.crossSite ? 0 : 1,
    })),
  },
  "/api/auth/[...nextauth]": {
    GET: fc
      .record({
        role,
        headers: hostileHeaders,
        path: fc.oneof(
          fc.constantFrom(
            "session",
            "csrf",
            "providers",
            "signin",
            "signout",
            "callback/credentials",
            "error",
          ),
          hostileText.map(encodeParam),
        ),
        error: fc.option(hostileText),
      })
      .map((g) => ({
        role: g.role,
        method: "GET",
        url: `/api/auth/${g.path}${g.error === null ? "" : `?error=${encodeParam(g.error)}`}`,
        headers: g.headers.headers,
        category: g.headers.category,
        mustRefuse: false,
        writes: [],
        maxAudit: 0,
      })),
    // Sign-in with hostile credentials: never a session; a failure may be counted and audited.
    POST: fc
      .record({
        headers: hostileHeaders,
        email: fc.oneof(
          hostileText,
          controlText.map((s) => `${s}@test.invalid`),
        ),
        password: hostileText,
        csrf: fc.boolean(),
        action: fc.constantFrom("callback/credentials", "signout", "signin/credentials"),
      })
      .map((g) => ({
        role: "anonymous",
        method: "POST",
        url: `/api/auth/${g.action}`,
        headers: g.headers.headers,
        category: g.headers.category,
        body: { kind: "form", fields: { email: g.email, password: g.password } },
        csrf: g.csrf,
        mustRefuse: false,
        writes: ["sign_in_attempt"],
        maxAudit: 1,
      })),
  },
};
