import fc from "fast-check";
import { roleCan, type Permission } from "@/lib/auth/permissions";
import {
  anyHostile,
  encodeParam,
  hostileHeaders,
  hostileText,
  param,
  query,
  ROLES,
  type Param,
  type RouteRole,
} from "./route-values";

// One generated request: who sends it, where, with what, and what it may do; and the builder of
// GET cases the route targets share (route-targets.ts, route-targets-reports.ts).

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

export const role = fc.constantFrom(...ROLES);
export const year = param(
  fc.constantFrom("2017", "2016"),
  fc.oneof(hostileText, fc.constantFrom("17", "20170", "-1", "2017.0", "២០១៧")),
);
export const kind = param(
  fc.constantFrom("cases", "suspects", "victims"),
  fc.oneof(hostileText, fc.constantFrom("CASES", "cases%00", "toString")),
);

const allowed = (r: RouteRole, permission: Permission) =>
  r !== "anonymous" && roleCan(r, permission);

export function getCase(
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

export const seg = (p: Param | undefined) => encodeParam(p?.value ?? "");
export const k = param(
  fc.constantFrom(undefined, "3", "11", "50"),
  fc.oneof(hostileText, fc.constantFrom("2", "51", "-1", "NaN", "11.5", "1e9")),
);
