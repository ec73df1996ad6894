// Is a state-changing request from a page of this very origin? Route handlers (guardedRoute) and
// server actions (refused in proxy.ts before Next sees them) ask this, so that a page on another
// origin cannot post with a signed-in user's cookie. The session cookie's SameSite=Lax stops
// cross-SITE posts only; a sibling origin (another subdomain, another port) is same-site.
//
// Pure: it reads the method, URL and headers only, so it is unit-tested without a server.

/** Methods that read. Everything else must come from our own origin. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type TOriginVerdict =
  | { ok: true; reason: "safe-method" | "same-origin" | "no-browser-headers" }
  | { ok: false; reason: "foreign-origin" | "opaque-origin" | "cross-site-fetch" };

function firstValue(header: string | null): string | undefined {
  const first = header?.split(",")[0]?.trim();
  return first ? first : undefined;
}

/**
 * The origins this request may come from: its protocol and host as Next sets them. Next fills
 * x-forwarded-host/-proto from the socket when no proxy did; a browser cannot set them on a
 * cross-origin request without a CORS preflight, which this app never grants. Like Next's own
 * server-action check, the Host header is accepted as well as x-forwarded-host.
 */
function ownOrigins(url: string, headers: Headers): string[] {
  const parsed = new URL(url);
  const proto = firstValue(headers.get("x-forwarded-proto")) ?? parsed.protocol.replace(/:$/, "");
  const hosts = [firstValue(headers.get("x-forwarded-host")), headers.get("host") ?? parsed.host];
  return [...new Set(hosts.filter(Boolean).map((host) => `${proto}://${host}`.toLowerCase()))];
}

export function checkSameOrigin(request: {
  method: string;
  url: string;
  headers: Headers;
}): TOriginVerdict {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return { ok: true, reason: "safe-method" };
  const origin = request.headers.get("origin");
  if (origin !== null) {
    // "null": a sandboxed frame, a data: URL or a cross-origin redirect; never our own pages.
    if (origin.trim().toLowerCase() === "null") return { ok: false, reason: "opaque-origin" };
    const own = ownOrigins(request.url, request.headers);
    return own.includes(origin.trim().toLowerCase().replace(/\/$/, ""))
      ? { ok: true, reason: "same-origin" }
      : { ok: false, reason: "foreign-origin" };
  }
  const site = request.headers.get("sec-fetch-site");
  if (site !== null) {
    // "none": the user typed or bookmarked it; "same-origin": one of our pages.
    return site === "same-origin" || site === "none"
      ? { ok: true, reason: "same-origin" }
      : { ok: false, reason: "cross-site-fetch" };
  }
  // Neither header: not a browser (curl, a script), or one too old to send them. Every browser
  // this app supports sends Origin on a cross-origin POST, and a script holding a session cookie
  // was handed it willingly: that is no cross-site forgery.
  return { ok: true, reason: "no-browser-headers" };
}
