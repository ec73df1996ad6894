// Finding the client's address. Pure, and free of "server-only", because the production server
// entry (lib/server/start.ts) runs it outside Next's bundles. See docs/decisions/0021.
import type { IncomingHttpHeaders } from "node:http";
import { isIP } from "node:net";

/** The request header through which the server entry hands Next the address it found. */
export const CLIENT_ADDRESS_HEADER = "x-ctip-client-address";

// Only the last entries of X-Forwarded-For can come from trusted proxies; a client may send
// kilobytes before them, which need not be split.
const MAX_FORWARDED_CHARS = 2048;
const MAX_TRUSTED_HOPS = 10;
const TRUSTED = Symbol.for("ctip.client-address-header-trusted");

/**
 * A valid IP address in one spelling, or null: IPv4-mapped IPv6 becomes IPv4, IPv6 is written
 * the WHATWG way (lower case, longest zero run compressed), and a zone index is dropped because
 * PostgreSQL's inet refuses it. Anything else (`=2+2`, a host name, a CIDR range) is null.
 */
export function normaliseIp(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length > 64) return null;
  let s = raw.trim();
  if (s.startsWith("[") && s.endsWith("]")) s = s.slice(1, -1);
  const zone = s.indexOf("%");
  if (zone >= 0) s = s.slice(0, zone);
  const version = isIP(s);
  if (version === 4) return s;
  if (version !== 6) return null;
  const canonical = new URL(`http://[${s}]/`).hostname.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical);
  if (!mapped) return canonical;
  const [hi, lo] = [parseInt(mapped[1]!, 16), parseInt(mapped[2]!, 16)];
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
}

/**
 * The client's address given the socket's peer and X-Forwarded-For. With 0 trusted hops it is the
 * socket's peer and the header is ignored, so a client cannot choose it. With n hops the socket's
 * peer is the nearest proxy and each trusted proxy appended the address it saw, so the n-th entry
 * from the end is the client (or the furthest entry, if there are fewer: as Express does).
 */
export function clientAddressOf(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
): string | null {
  if (trustedHops <= 0) return normaliseIp(socketAddress);
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const entries = header
    .slice(-MAX_FORWARDED_CHARS)
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [socketAddress, ...entries.reverse()];
  return normaliseIp(chain[Math.min(trustedHops, chain.length - 1)]);
}

/**
 * Sets CLIENT_ADDRESS_HEADER on an incoming request to the address found, or removes it: always
 * overwritten, so a value the client sent never reaches the app.
 */
export function stampClientAddress(
  headers: IncomingHttpHeaders,
  socketAddress: string | undefined,
  trustedHops: number,
) {
  const address = clientAddressOf(socketAddress, headers["x-forwarded-for"], trustedHops);
  if (address) headers[CLIENT_ADDRESS_HEADER] = address;
  else delete headers[CLIENT_ADDRESS_HEADER];
}

/** TRUSTED_PROXY_HOPS: unset or empty is 0; anything but a small whole number stops the server. */
export function parseTrustedHops(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return 0;
  const hops = Number(raw);
  if (!Number.isInteger(hops) || hops < 0 || hops > MAX_TRUSTED_HOPS) {
    throw new Error(
      `TRUSTED_PROXY_HOPS=${raw} is not a number of proxies (0–${MAX_TRUSTED_HOPS}).`,
    );
  }
  return hops;
}

/**
 * Called by the server entry, in the process Next runs in. Only then is the header trusted: the
 * entry overwrites it on every request, while a server started any other way (`next dev`) would
 * pass on whatever the client sent.
 */
export function trustClientAddressHeader() {
  (globalThis as Record<symbol, unknown>)[TRUSTED] = true;
}

export function isClientAddressHeaderTrusted(): boolean {
  return (globalThis as Record<symbol, unknown>)[TRUSTED] === true;
}
