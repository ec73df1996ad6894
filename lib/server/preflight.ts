import pg from "pg";
import { parsePoolMax } from "../db-pool";

// What `npm start` checks before it listens. A production server refuses to serve with a
// missing or short AUTH_SECRET (anyone could forge a session cookie), a DATABASE_POOL_MAX that is
// not a pool size, or while the demo accounts, whose passwords are published in the README, exist
// in its database.

export const AUTH_SECRET_MIN_LENGTH = 32;
/** Every demo account's address is at this domain (prisma/demo-users.ts). */
export const DEMO_EMAIL_DOMAIN = "demo.ncct.test";
/** The opt-in for the demo and the e2e tests, which run the production server on demo data. */
export const ALLOW_DEMO_ACCOUNTS = "ALLOW_DEMO_ACCOUNTS";

export function secretRefusal(secret: string | undefined): string | null {
  if (!secret) {
    return "AUTH_SECRET is not set. Generate one with `openssl rand -base64 33` and set it in the server's environment.";
  }
  if (secret.length < AUTH_SECRET_MIN_LENGTH) {
    return `AUTH_SECRET is ${secret.length} characters; it must be at least ${AUTH_SECRET_MIN_LENGTH}. Generate one with \`openssl rand -base64 33\`.`;
  }
  return null;
}

/** How many accounts at the demo domain the database holds. */
export async function countDemoAccounts(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM app_user WHERE email LIKE $1`,
      [`%@${DEMO_EMAIL_DOMAIN}`],
    );
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}

export async function demoAccountsRefusal(
  env: Readonly<Record<string, string | undefined>>,
  count: (url: string) => Promise<number> = countDemoAccounts,
): Promise<string | null> {
  if (env[ALLOW_DEMO_ACCOUNTS] === "1") return null;
  const url = env.DATABASE_URL;
  if (!url) return "DATABASE_URL is not set: it names the database the app serves.";
  let n: number;
  try {
    n = await count(url);
  } catch (err) {
    const code = (err as { code?: string }).code;
    return `Could not check the database for demo accounts${code ? ` (${code})` : ""}: is DATABASE_URL right, and the database migrated?`;
  }
  if (n === 0) return null;
  return (
    `The database holds ${n} demo account(s) (@${DEMO_EMAIL_DOMAIN}), whose passwords are ` +
    "published in the README. This is a demo database: do not serve it in production. " +
    `To serve it anyway (a demo on this machine), set ${ALLOW_DEMO_ACCOUNTS}=1.`
  );
}

/** A DATABASE_POOL_MAX that is not a pool size (a typo must not quietly become the default). */
export function poolMaxRefusal(env: Readonly<Record<string, string | undefined>>): string | null {
  const parsed = parsePoolMax(env.DATABASE_POOL_MAX);
  return parsed.ok ? null : parsed.reason;
}

/** Every reason not to serve, or none. */
export async function productionRefusals(
  env: Readonly<Record<string, string | undefined>>,
): Promise<string[]> {
  const secret = secretRefusal(env.AUTH_SECRET);
  const pool = poolMaxRefusal(env);
  const demo = await demoAccountsRefusal(env);
  return [secret, pool, demo].filter((r): r is string => r !== null);
}
