import fc from "fast-check";
import { badDate, controlText, formulaText, khmerText } from "./hostile-values";

// Query strings, path segments and headers for the route fuzz. Each parameter is valid or
// hostile; the request is hostile when any parameter is, and must then be refused.

export type Param = { value: string | undefined; hostile: boolean };

/** Long values for a URL: long enough to hurt, short enough to stay under Node's header limit
 * (beyond it Node answers 431 itself, which is a refusal too, but tests nothing of ours). */
const longText = fc
  .tuple(fc.constantFrom(201, 2_000, 6_000), fc.constantFrom("x", "9", "ក"))
  .map(([n, unit]) => unit.repeat(unit === "ក" ? Math.floor(n / 9) + 201 : n));

/** Hostile text for any query value or path segment. */
export const hostileText = fc.oneof(
  controlText,
  formulaText,
  khmerText,
  longText,
  badDate,
  fc.constantFrom(
    "__proto__",
    "constructor",
    "[object Object]",
    "../../etc/passwd",
    "%00",
    "' OR 1=1 --",
  ),
);

export function param(valid: fc.Arbitrary<string | undefined>, hostile: fc.Arbitrary<string>) {
  return fc.oneof(
    { weight: 3, arbitrary: valid.map((value): Param => ({ value, hostile: false })) },
    { weight: 1, arbitrary: hostile.map((value): Param => ({ value, hostile: true })) },
  );
}

/** A parameter that may be left out, and is otherwise one of `values`. */
export const choice = (values: readonly string[], extraHostile: string[] = []) =>
  param(
    fc.constantFrom(undefined, ...values),
    fc.oneof(
      hostileText,
      fc.constantFrom(...values.map((v) => v.toUpperCase() + "x"), ...extraHostile),
    ),
  );

/** encodeURIComponent, which throws on a lone surrogate: a URL carries it as U+FFFD. */
export function encodeParam(value: string): string {
  const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
  return encodeURIComponent(value.replace(LONE, "\uFFFD"));
}

export function query(params: Record<string, Param>): string {
  const search = Object.entries(params)
    .filter(([, p]) => p.value !== undefined)
    .map(([k, p]) => `${k}=${encodeParam(p.value!)}`)
    .join("&");
  return search ? `?${search}` : "";
}

export const anyHostile = (params: Record<string, Param>) =>
  Object.values(params).some((p) => p.hostile);

export type Headers = { headers: Record<string, string>; crossSite: boolean; category: string };

const FORWARDED_JUNK = [
  "999.999.999.999",
  "1.1.1.1, 2.2.2.2, evil",
  "' OR 1=1 --",
  "a".repeat(1_000),
  "[::ffff:127.0.0.1]",
  "unknown",
  "",
  "127.0.0.1\t, ::1",
];

/** Headers a client controls: forwarded addresses, a foreign origin, a large header. */
export const hostileHeaders: fc.Arbitrary<Headers> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ headers: {}, crossSite: false, category: "plain" }) },
  fc.constantFrom(...FORWARDED_JUNK).map((xff) => ({
    headers: { "X-Forwarded-For": xff, "X-Real-IP": xff },
    crossSite: false,
    category: "forwardedFor",
  })),
  fc
    .constantFrom<Record<string, string>>(
      { Origin: "https://evil.test" },
      { Origin: "null" },
      { "Sec-Fetch-Site": "cross-site", Origin: "https://evil.test" },
      { Referer: "https://evil.test/x", "Sec-Fetch-Site": "cross-site" },
    )
    .map((headers) => ({ headers, crossSite: true, category: "crossSite" })),
  fc.constant({
    headers: { "X-Forwarded-Host": "evil.test", "X-Forwarded-Proto": "javascript" },
    crossSite: false,
    category: "forwardedHost",
  }),
  fc.constant({
    headers: { "X-Junk": "a".repeat(8_000) },
    crossSite: false,
    category: "bigHeader",
  }),
);

export const ROLES = ["STAFF", "MANAGER", "AUDITOR", "anonymous"] as const;
export type RouteRole = (typeof ROLES)[number];
