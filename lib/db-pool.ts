import pg from "pg";

// The pg pools under the Prisma clients, made here so that each one can be named (PostgreSQL's
// pg_stat_activity shows which pool a connection belongs to), sized, and registered for the
// pool gauge. Without this, adapter-pg made a pool of pg's default of 10, set nowhere.

/**
 * Connections per pool when DATABASE_POOL_MAX is unset. One Node process runs JavaScript on one
 * core: connections beyond what it can keep busy only sit idle (or idle in a transaction, holding
 * locks) while the process renders. 10 covers a page's parallel queries for a few requests at
 * once, and leaves room on a default PostgreSQL (max_connections 100) for several app instances,
 * each with a primary and a replica pool, plus the scripts. docs/deploy.md has the sizing rule.
 */
export const DEFAULT_POOL_MAX = 10;
export const POOL_MAX_LIMIT = 1000;

/** DATABASE_POOL_MAX as a number, or why it is refused (a typo must not pass as a default). */
export function parsePoolMax(
  raw: string | undefined,
): { ok: true; max: number } | { ok: false; reason: string } {
  if (raw === undefined || raw.trim() === "") return { ok: true, max: DEFAULT_POOL_MAX };
  const max = Number(raw);
  if (!/^\s*\d+\s*$/.test(raw) || !Number.isSafeInteger(max) || max < 1 || max > POOL_MAX_LIMIT) {
    return {
      ok: false,
      reason: `DATABASE_POOL_MAX is "${raw}"; it must be a whole number of connections from 1 to ${POOL_MAX_LIMIT} (unset: ${DEFAULT_POOL_MAX}).`,
    };
  }
  return { ok: true, max };
}

/** The pool size the app uses; throws on a refused value (`npm start` refuses it earlier). */
export function poolMaxFrom(env: Readonly<Record<string, string | undefined>>): number {
  const parsed = parsePoolMax(env.DATABASE_POOL_MAX);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.max;
}

/** A pg pool whose connections show `applicationName` in pg_stat_activity (unless the URL sets
 * application_name itself: pg lets the connection string win). */
export function createPool(connectionString: string, max?: number, applicationName = "ctip") {
  return new pg.Pool({ connectionString, max, application_name: applicationName });
}

/** Runs `run` on one connection of its own to `url`, closed after, for the scripts and the tests
 * that speak to a server outside the app's pools (creating databases, COPY, grants). */
export async function withConnection<T>(
  url: string,
  run: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return await run(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}
