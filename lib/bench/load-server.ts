import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { buildReason } from "@/lib/cli/needs-build";

// The server under load: the production entry (lib/server/start.ts, as `npm start` and the e2e
// suite run it), built first if the sources are newer than the build, in a process group of its
// own so that stopping it stops everything it started. Run by `node --import tsx` directly, so
// that the pid is the server's own (its memory is read from /proc/<pid>/status).

export type TServer = { url: string; pid: number; stop: () => Promise<void>; output: () => string };

export function buildIfNeeded(root: string, log: (line: string) => void) {
  return buildReason(root).then((reason) => {
    if (!reason) return;
    log(`building the app (${reason}) …`);
    execFileSync("npx", ["next", "build"], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
  });
}

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export async function startServer(root: string, port: number, databaseUrl: string) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "lib/server/start.ts", "-p", `${port}`],
    {
      cwd: root,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        // A secret of this run's own: the sessions it signs are worth nothing after it.
        AUTH_SECRET: randomBytes(32).toString("base64url"),
        AUTH_TRUST_HOST: "true",
        NEXT_TELEMETRY_DISABLED: "1",
        // The bench database is the demo seed: the production server refuses it without this.
        ALLOW_DEMO_ACCOUNTS: "1",
      },
    },
  );
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-500_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const url = `http://localhost:${port}`;
  const server: TServer = {
    url,
    pid: child.pid!,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      process.kill(-child.pid!, "SIGTERM");
      if (!(await exited(child, 15_000))) process.kill(-child.pid!, "SIGKILL");
    },
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the server exited (${child.exitCode}) before it answered:\n${output}`);
    }
    const ok = await fetch(`${url}/sign-in`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return server;
    await new Promise((r) => setTimeout(r, 500));
  }
  await server.stop();
  throw new Error(`the server did not answer on ${url} within 2 minutes:\n${output}`);
}

/** The server's resident memory in MB, from /proc; NaN when it cannot be read. */
export async function residentMb(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

type TActionManifest = {
  node: Record<string, { exportedName?: string; filename?: string; workers: object }>;
};

/** A server action's id in this build: what the browser sends in the Next-Action header. */
export async function findActionId(root: string, exportedName: string): Promise<string> {
  const file = path.join(root, ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(await readFile(file, "utf8")) as TActionManifest;
  const ids = Object.entries(manifest.node)
    .filter(([, a]) => a.exportedName === exportedName)
    .map(([id]) => id);
  if (ids.length !== 1) {
    throw new Error(`${ids.length} server actions named ${exportedName} in ${file}, not one`);
  }
  return ids[0]!;
}
