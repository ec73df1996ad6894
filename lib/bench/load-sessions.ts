// Signing in over HTTP as a browser does, through Auth.js's credentials endpoint (the steps
// .ci/run takes with curl): the CSRF token and its cookie, then the credentials post, whose
// answer sets the session cookie. The rate limiter counts failed sign-ins only, so many sessions
// of one account with its right password stay within it, as staff signing in on several devices.

export type TAccount = { email: string; password: string };

/** The demo seed's accounts (README.md): a national manager reads, a Phnom Penh staff writes. */
export const READER: TAccount = { email: "manager@demo.ncct.test", password: "Demo-Manager-2026" };
export const WRITER: TAccount = { email: "staff@demo.ncct.test", password: "Demo-Staff-2026" };

/** name=value pairs from a response's Set-Cookie headers, merged over what the jar had. */
function mergeCookies(jar: Map<string, string>, response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(";")[0] ?? "";
    const eq = pair.indexOf("=");
    if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
}

const cookieHeader = (jar: Map<string, string>) =>
  [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

/** One signed-in session's Cookie header. */
export async function signIn(baseUrl: string, account: TAccount): Promise<string> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  mergeCookies(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: baseUrl,
      cookie: cookieHeader(jar),
    },
    body: new URLSearchParams({ csrfToken, ...account }),
  });
  mergeCookies(jar, response);
  await response.arrayBuffer();
  if (![...jar.keys()].some((name) => name.endsWith("session-token"))) {
    throw new Error(`signing in as ${account.email} set no session cookie (${response.status})`);
  }
  return cookieHeader(jar);
}

/** `count` sessions of one account, one after another (each costs a password hash). */
export async function signInMany(baseUrl: string, account: TAccount, count: number) {
  const cookies: string[] = [];
  for (let i = 0; i < count; i++) cookies.push(await signIn(baseUrl, account));
  return cookies;
}

/** Fails unless the session reads `path` with a 200 (not a redirect to the sign-in page). */
export async function assertSignedIn(baseUrl: string, cookie: string, path: string) {
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status !== 200) {
    throw new Error(`a signed-in session got ${response.status} for ${path}`);
  }
}
