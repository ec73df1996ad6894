// The X-Forwarded-Host and X-Forwarded-Proto headers name the origin the browser used. Next (for
// its server-action origin check) and Auth.js (for every URL it builds, with AUTH_TRUST_HOST) take
// them as given, so a client that sends `X-Forwarded-Proto: javascript` made every signed-in page
// a 500. Like X-Forwarded-For, they are the client's own words unless a trusted proxy set them:
// with no trusted hops they are removed (Next fills them in from the socket and the Host header),
// and with trusted hops they are kept only when they are well formed. Pure, and free of
// "server-only": the production server entry (start.ts) runs it outside Next's bundles.
import type { IncomingHttpHeaders } from "node:http";

const FORWARDED = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"] as const;

// A DNS name or IPv4 address, or a bracketed IPv6 address, with an optional port.
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]{2,45}\])(?::\d{1,5})?$/i;
const PROTO = /^https?$/;
const PORT = /^\d{1,5}$/;

/** Whether a Host (or X-Forwarded-Host) value is a host name or address, with an optional port. */
export function isValidHost(value: string): boolean {
  return value.length <= 255 && HOST.test(value);
}

function wellFormed(name: (typeof FORWARDED)[number], value: string): boolean {
  if (name === "x-forwarded-host") return isValidHost(value);
  if (name === "x-forwarded-proto") return PROTO.test(value);
  return PORT.test(value);
}

/**
 * Removes the forwarded host, proto and port a client may not set: all of them with no trusted
 * proxy, and any that is malformed (or repeated) behind one.
 */
export function sanitiseForwardedHeaders(headers: IncomingHttpHeaders, trustedHops: number) {
  for (const name of FORWARDED) {
    const value = headers[name];
    if (value === undefined) continue;
    if (trustedHops <= 0 || typeof value !== "string" || !wellFormed(name, value.trim())) {
      delete headers[name];
    }
  }
}
