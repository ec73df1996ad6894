import { NextResponse, type NextRequest } from "next/server";
import { checkSameOrigin } from "@/lib/auth/same-origin";
import { securityHeaders } from "@/lib/auth/security-headers";

// Runs before every page and route. It only (1) sets the security headers with a fresh CSP nonce,
// (2) sends visitors with no session cookie to sign-in and (3) refuses a post (a server action, a
// route handler's) from another origin. Whether a session is valid, and what its user may do, is checked on the server
// by every page, action and route handler.
// robots.txt (public/) tells crawlers to keep out, so it must be readable without a session.
const PUBLIC_PATHS = ["/sign-in", "/api/auth", "/robots.txt"];
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const headers = securityHeaders(nonce, process.env.NODE_ENV === "production");
  const { pathname, search } = request.nextUrl;

  // Next refuses a foreign-origin server action itself, but by throwing: a 500 and a logged
  // error. Refused here first, it is a plain 403, by the rule guardedRoute applies again. Every
  // state-changing method, not only posts with a Next-Action header: a plain cross-site <form>
  // posts an action as a field of its body, which a proxy cannot read.
  if (!checkSameOrigin(request).ok) {
    return new NextResponse("Cross-origin request refused.\n", { status: 403, headers });
  }

  const isPublic = PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  let response: NextResponse;
  if (!isPublic && !hasSession && !pathname.startsWith("/api/")) {
    const url = new URL("/sign-in", request.url);
    if (pathname !== "/") url.searchParams.set("next", `${pathname}${search}`);
    response = NextResponse.redirect(url);
  } else {
    // Next reads the nonce from the request's CSP header and puts it on its own scripts.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|icon.svg|favicon.ico).*)" }],
};
