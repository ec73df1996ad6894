import { readdir } from "node:fs/promises";
import path from "node:path";

// GET /api/health, for load balancers and monitoring: is the database reachable, and does it have
// every migration this build ships? The same of the read replica, when one is configured. It names a reason but never an error's text, a host or a
// version: the endpoint needs no session.

export type Health =
  | { status: "ok" }
  | {
      status: "unavailable";
      reason:
        | "database unreachable"
        | "migrations pending"
        | "migrations unknown"
        | "replica unreachable"
        | "replica migrations pending";
    };

type Query = (sql: string) => Promise<{ migration_name: string }[]>;

const TIMEOUT_MS = 3_000;
const CACHE_MS = 2_000;

const shippedByRoot = new Map<string, Promise<string[]>>();

/** The migrations this build ships: the folders of prisma/migrations, read once per process (a
 * deployment does not change them under a running server); a failed read is tried again. */
export function shippedMigrations(root = process.cwd()): Promise<string[]> {
  let listed = shippedByRoot.get(root);
  if (!listed) {
    listed = readdir(path.join(root, "prisma", "migrations"), { withFileTypes: true }).then(
      (entries) => entries.filter((e) => e.isDirectory()).map((e) => e.name),
    );
    listed.catch(() => shippedByRoot.delete(root));
    shippedByRoot.set(root, listed);
  }
  return listed;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timed out")), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

type Applied = { ok: true; names: Set<string> } | { ok: false };

/** The migrations a database has applied, or { ok: false } when it does not answer in time. */
async function appliedOn(query: Query): Promise<Applied> {
  try {
    const rows = await withTimeout(
      query(
        `SELECT migration_name FROM _prisma_migrations
          WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      ),
      TIMEOUT_MS,
    );
    return { ok: true, names: new Set(rows.map((r) => r.migration_name)) };
  } catch {
    // Unreachable, refused, timed out, or no migrations table: no database this app can use.
    return { ok: false };
  }
}

/**
 * The primary, and the read replica when one is configured (`replica`): the lists, the report
 * and the exports read from it (decision 0040), so a standby that is down, or that has not yet
 * replayed this build's migrations, makes the instance unfit to serve as surely as the primary.
 */
export async function checkHealth(
  query: Query,
  listShipped: () => Promise<string[]> = shippedMigrations,
  replica?: Query,
): Promise<Health> {
  // Without its own list the server cannot tell whether the database is current.
  const shipped = await listShipped().catch(() => null);
  if (!shipped?.length) return { status: "unavailable", reason: "migrations unknown" };
  const [primary, standby] = await Promise.all([
    appliedOn(query),
    replica ? appliedOn(replica) : null,
  ]);
  const current = (applied: Set<string>) => shipped.every((name) => applied.has(name));
  if (!primary.ok) return { status: "unavailable", reason: "database unreachable" };
  if (!current(primary.names)) return { status: "unavailable", reason: "migrations pending" };
  if (standby && !standby.ok) return { status: "unavailable", reason: "replica unreachable" };
  if (standby?.ok && !current(standby.names))
    return { status: "unavailable", reason: "replica migrations pending" };
  return { status: "ok" };
}

let cached: { at: number; result: Promise<Health> } | undefined;

/** One check every two seconds at most, however often it is asked: a flood reaches the database
 * at that rate only. */
export function cachedHealth(check: () => Promise<Health>, now = Date.now()): Promise<Health> {
  if (cached && now - cached.at < CACHE_MS) return cached.result;
  cached = { at: now, result: check() };
  return cached.result;
}
