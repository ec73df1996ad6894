import { serverQuery } from "./test-database";

// The streaming standby that .ci/standby sets up, for the read-replica test. CTIP_TEST_REPLICA_URL
// names the standby server as its superuser (postgresql://postgres@127.0.0.1:5440/postgres);
// the test database and its runtime role reach the standby by replication, not by the tests.

export const STANDBY_ENV = "CTIP_TEST_REPLICA_URL";

/** The standby's superuser URL, or why the replica test cannot run here. */
export function standbyAdminUrl(): { url: string } | { skip: string } {
  const url = process.env[STANDBY_ENV];
  if (!url) return { skip: `${STANDBY_ENV} is unset (run .ci/standby and set it)` };
  if (process.env.OWNER_DATABASE_URL === process.env.DATABASE_URL) {
    return { skip: "the tests run on the embedded PGlite, which has no standby" };
  }
  return { url };
}

/** `url` (a database and role on the primary) as it is reached on the standby. */
export function onStandby(url: string, standbyAdmin: string): string {
  const u = new URL(url);
  const standby = new URL(standbyAdmin);
  u.hostname = standby.hostname;
  u.port = standby.port;
  return u.toString();
}

async function poll(what: string, done: () => Promise<boolean>) {
  // A bound, not a timing: streaming replay on loopback takes milliseconds.
  for (let i = 0; i < 600; i++) {
    if (await done()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The standby did not ${what} within a minute.`);
}

/** Waits until the standby has replayed everything committed on the primary so far. */
export async function waitForReplay(primaryUrl: string, standbyAdmin: string) {
  const [row] = await serverQuery(primaryUrl, "SELECT pg_current_wal_lsn()::text AS lsn");
  await poll("replay the primary's WAL", async () => {
    const [r] = await serverQuery(
      standbyAdmin,
      "SELECT pg_wal_lsn_diff(pg_last_wal_replay_lsn(), $1::pg_lsn) >= 0 AS done",
      [row!.lsn],
    );
    return r?.done === true;
  });
}

/** Stops the standby applying WAL (it still receives it): the replica now lags the primary. */
export async function pauseReplay(standbyAdmin: string) {
  await serverQuery(standbyAdmin, "SELECT pg_wal_replay_pause()");
  await poll("pause replay", async () => {
    const [r] = await serverQuery(standbyAdmin, "SELECT pg_get_wal_replay_pause_state() AS s");
    return r?.s === "paused";
  });
}

export async function resumeReplay(standbyAdmin: string) {
  await serverQuery(standbyAdmin, "SELECT pg_wal_replay_resume()");
}

/** The standby's backends in `database` named `applicationName`, with each one's last statement. */
export async function standbyBackends(
  standbyAdmin: string,
  database: string,
  applicationName: string,
): Promise<{ query: string }[]> {
  const rows = await serverQuery(
    standbyAdmin,
    "SELECT query FROM pg_stat_activity WHERE datname = $1 AND application_name = $2",
    [database, applicationName],
  );
  return rows.map((r) => ({ query: String(r.query) }));
}
