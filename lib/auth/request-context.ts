import "server-only";
import { headers } from "next/headers";
import type { RequestContext } from "@/lib/audit/record";
import {
  CLIENT_ADDRESS_HEADER,
  isClientAddressHeaderTrusted,
  normaliseIp,
} from "@/lib/server/client-address";

const MAX_USER_AGENT_CHARS = 500;

/**
 * The client's address and browser, for the audit trail and the per-address rate limit. The
 * address comes only from the production server entry (lib/server/start.ts), which finds it from
 * the socket and TRUSTED_PROXY_HOPS and overwrites the header on every request. X-Forwarded-For
 * is never read here: inside Next a forged one cannot be told from the socket's address. Run any
 * other way (`next dev`), the address is unknown (null). See docs/decisions/0021.
 */
export function requestContextFrom(h: Headers): RequestContext {
  const ip = isClientAddressHeaderTrusted() ? normaliseIp(h.get(CLIENT_ADDRESS_HEADER)) : null;
  return { ip, userAgent: h.get("user-agent")?.slice(0, MAX_USER_AGENT_CHARS) ?? null };
}

export async function getRequestContext(): Promise<RequestContext> {
  return requestContextFrom(await headers());
}
