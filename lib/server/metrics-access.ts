import { createHash, timingSafeEqual } from "node:crypto";

// Who may read /api/metrics: a scraper holding METRICS_TOKEN, never a session. Unset, the
// endpoint does not exist (404), so a deployment that does not scrape exposes nothing.

export type MetricsAccess = "allowed" | "unauthorized" | "disabled";

/** Both sides hashed first, so the comparison takes the same time whatever the lengths. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Whether `authorization` (the request's header) carries `Bearer <token>`. */
export function checkMetricsAccess(
  authorization: string | null,
  token: string | undefined,
): MetricsAccess {
  if (!token) return "disabled";
  const match = /^Bearer ([^\s]+)$/i.exec(authorization ?? "");
  return match && sameSecret(match[1]!, token) ? "allowed" : "unauthorized";
}
