import "server-only";
import { headers } from "next/headers";
import type { RequestContext } from "@/lib/audit/record";

/**
 * The client's address and browser, for the audit trail and the per-IP rate limit. The address is
 * the last x-forwarded-for entry: the one the nearest proxy appended. Next fills the header with
 * the socket address only when it is absent, so in production run behind a reverse proxy that
 * appends to it (see docs/decisions/0006); the per-account limit holds regardless.
 */
export function requestContextFrom(h: Headers): RequestContext {
  const forwarded = (h.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const ip = forwarded[forwarded.length - 1] ?? h.get("x-real-ip") ?? null;
  return { ip, userAgent: h.get("user-agent")?.slice(0, 500) ?? null };
}

export async function getRequestContext(): Promise<RequestContext> {
  return requestContextFrom(await headers());
}
