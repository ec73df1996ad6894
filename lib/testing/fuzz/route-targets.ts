import fc from "fast-check";
import { COLUMNS } from "@/lib/import/columns";
import { controlText } from "./hostile-values";
import { hostileCell } from "./import-cells";
import { getCase, kind, role, seg, type Body, type RouteCase } from "./route-case";
import { REPORT_ROUTE_TARGETS } from "./route-targets-reports";
import { choice, encodeParam, hostileHeaders, hostileText, param, query } from "./route-values";

export type { Body, RouteCase } from "./route-case";

// One generated request per run, for every route handler and method under app/api: who sends it,
// where, with what, and what it may do. Keyed by the route's folder as app/api spells it.

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
  ...REPORT_ROUTE_TARGETS,
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
  // The fuzz sends no metrics token: whatever else it sends, a 401 (a 404 with no token set).
  "/api/metrics": {
    GET: fc.record({ role, headers: hostileHeaders, params: fc.record({ q: text }) }).map((g) => ({
      role: g.role,
      method: "GET",
      url: `/api/metrics${query(g.params)}`,
      headers: g.headers.headers,
      category: g.headers.category,
      mustRefuse: true,
      writes: [],
      maxAudit: 0,
    })),
  },
  "/api/import/[kind]/template": {
    GET: getCase("import:record", (p) => `/api/import/${seg(p.segment)}/template`, {
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
