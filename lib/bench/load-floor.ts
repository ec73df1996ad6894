import pg from "pg";
import { can, type ActingUser } from "@/lib/auth/acting-user";
import { parseRecordFilters, type TRecordKind } from "@/lib/filters/record-filters";
import { captureQueries, replayQueries, type TCaptured } from "./load-capture";
import { median } from "./load-stats";

// Each list's sequential server time against its own SQL. The server's: one session requesting
// the list page again and again, one at a time. The SQL's: the statements the list's lib/data
// function sends for the same user and the same filters (parsed by the page's own parser), caught
// as they go out (load-capture.ts) and sent again directly. Run in this process, with lib/db
// pointed at the bench database, before any timing.

export type TListFloor = {
  kind: TRecordKind;
  path: string;
  statements: number;
  serverMs: number;
  sqlMs: number;
};

/** The signed-in user as the guards would build them, read from the database. */
export async function actingUserOf(pool: pg.Pool, email: string): Promise<ActingUser> {
  const { rows } = await pool.query<{
    id: string;
    name: string;
    role: ActingUser["role"];
    agency_id: number;
    kind: ActingUser["agencyKind"];
    national_scope: boolean;
    province_ids: number[];
  }>(
    `SELECT u.id, u.name, u.role, u.agency_id, a.kind, u.national_scope,
            coalesce(array_agg(p.province_id) FILTER (WHERE p.province_id IS NOT NULL), '{}')
              AS province_ids
       FROM app_user u JOIN agency a ON a.id = u.agency_id
       LEFT JOIN user_province p ON p.user_id = u.id
      WHERE u.email = $1 GROUP BY u.id, a.kind`,
    [email],
  );
  const u = rows[0];
  if (!u) throw new Error(`no user ${email} in the bench database`);
  return {
    id: u.id,
    email,
    name: u.name,
    role: u.role,
    agencyId: u.agency_id,
    agencyKind: u.kind,
    nationalScope: u.national_scope,
    provinceIds: u.province_ids,
    mustChangePassword: false,
    sessionId: null,
  };
}

async function finderOf(kind: TRecordKind) {
  if (kind === "cases") return (await import("@/lib/data/cases")).findCases;
  if (kind === "victims") return (await import("@/lib/data/victims")).findVictims;
  return (await import("@/lib/data/suspects")).findSuspects;
}

/** The statements the list sends for this user and these search params. */
export async function listQueries(
  kind: TRecordKind,
  user: ActingUser,
  params: Record<string, string>,
): Promise<TCaptured[]> {
  const find = await finderOf(kind);
  const { filters } = parseRecordFilters(kind, params, {
    allowDeleted: can(user, "write:record"),
  });
  await find(user, filters); // warm: lib/db's pool and the statements' plans
  return captureQueries(() => find(user, filters));
}

async function timeMany(times: number, run: () => Promise<unknown>): Promise<number> {
  await run();
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await run();
    ms.push(performance.now() - started);
  }
  return median(ms);
}

export async function measureListFloor(options: {
  kind: TRecordKind;
  path: string;
  queries: readonly TCaptured[];
  baseUrl: string;
  cookie: string;
  ownerUrl: string;
  times: number;
}): Promise<TListFloor> {
  const { kind, path, queries, baseUrl, cookie, times } = options;
  const serverMs = await timeMany(times, async () => {
    const response = await fetch(`${baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  });
  const width = Math.max(1, ...queries.map((q) => queries.filter((o) => o.wave === q.wave).length));
  const clients = Array.from({ length: width }, () => new pg.Client(options.ownerUrl));
  await Promise.all(clients.map((c) => c.connect()));
  try {
    const sqlMs = await timeMany(times, () => replayQueries(clients, queries));
    return { kind, path, statements: queries.length, serverMs, sqlMs };
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}
