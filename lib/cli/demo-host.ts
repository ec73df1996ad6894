import { isIP } from "node:net";

// Which interface `npm run demo` listens on. The demo accounts' passwords are published in the
// README, so by default only this machine can reach it; HOST opens it to others, with a warning.

export const DEMO_DEFAULT_HOST = "127.0.0.1";

export function demoHost(env: Readonly<Record<string, string | undefined>>): string {
  return env.HOST?.trim() || DEMO_DEFAULT_HOST;
}

export function isLoopback(host: string): boolean {
  if (host === "localhost" || host === "::1") return true;
  return isIP(host) === 4 && host.startsWith("127.");
}

/** Where the demo itself checks that the app answers: an address the app listens on. */
export function probeHost(host: string): string {
  if (host === "0.0.0.0" || host === "::" || host === "localhost") return "127.0.0.1";
  return isIP(host) === 6 ? `[${host}]` : host;
}

export function exposureWarning(host: string): string | null {
  if (isLoopback(host)) return null;
  return (
    `WARNING: HOST=${host} lets other machines reach this demo, and its demo accounts' ` +
    "passwords (a national administrator's among them) are published in the README. Anyone " +
    "on this network can sign in. Use it only on a network you trust, and never with real data."
  );
}
