import { spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDb } from "./start";
import { isPortFree } from "./processes";

// Issue 16: the embedded database must not outlive its owner, nor ignore SIGTERM, even while a
// query keeps PGlite busy.

const dirs: string[] = [];
function dataDir(name: string) {
  const dir = path.resolve(".data", `pglite-lifetime-${name}`);
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) {
    await rm(dir, { recursive: true, force: true });
    await rm(`${dir}.lock`, { force: true });
  }
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
async function gone(pid: number, withinMs: number): Promise<boolean> {
  for (const deadline = Date.now() + withinMs; Date.now() < deadline;) {
    if (!alive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return !alive(pid);
}

const SHORT_GRACE = { EMBEDDED_DB_STOP_GRACE_MS: "2000" };

/** Starts a query that runs synchronously in WebAssembly far longer than the test; resolves
 * "cut" when the database goes away under it. */
async function spin(url: string): Promise<{ spinning: Promise<unknown> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  client.on("error", () => undefined);
  const spinning = client
    .query("SELECT count(*) FROM generate_series(1, 10000000000)")
    .catch(() => "cut");
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  // In an object: an async function returning the promise itself would wait for it.
  return { spinning };
}

describe("the embedded database process", () => {
  it("ends when its parent is killed with SIGKILL mid-query, and frees its port", async () => {
    const parent = spawn(
      process.execPath,
      ["--import", "tsx", "lib/testing/embedded-db-parent.ts", dataDir("orphan")],
      { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, ...SHORT_GRACE } },
    );
    const line = await new Promise<string>((resolve) =>
      createInterface({ input: parent.stdout }).once("line", resolve),
    );
    const { pid, port } = JSON.parse(line) as { pid: number; port: number };
    expect(alive(pid)).toBe(true);
    const { spinning } = await spin(`postgresql://postgres:postgres@127.0.0.1:${port}/postgres`);
    parent.kill("SIGKILL");
    expect(await gone(pid, 20_000)).toBe(true);
    expect(await spinning).toBe("cut");
    expect(await isPortFree(port, "127.0.0.1")).toBe(true);
  }, 60_000);

  it("ends on SIGTERM even while a query keeps it busy", async () => {
    Object.assign(process.env, SHORT_GRACE);
    const db = await startEmbeddedDb({ dir: dataDir("busy"), port: 0 });
    delete process.env.EMBEDDED_DB_STOP_GRACE_MS;
    const { spinning } = await spin(db.url);
    process.kill(db.pid, "SIGTERM");
    expect(await gone(db.pid, 15_000)).toBe(true);
    expect(await spinning).toBe("cut");
    expect(await isPortFree(db.port, "127.0.0.1")).toBe(true);
  }, 60_000);

  it("still closes cleanly when stopped while idle, and opens again with its data", async () => {
    const dir = dataDir("clean");
    const first = await startEmbeddedDb({ dir, port: 0 });
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query("CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)");
    await client.end();
    await first.stop();
    expect(alive(first.pid)).toBe(false);
    const second = await startEmbeddedDb({ dir, port: 0 });
    const again = new pg.Client({ connectionString: second.url });
    await again.connect();
    const { rows } = await again.query<{ n: number }>("SELECT n FROM kept");
    await again.end();
    await second.stop();
    expect(rows).toEqual([{ n: 42 }]);
  }, 120_000);
});
