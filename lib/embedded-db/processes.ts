// Child-process and network helpers for the CLI scripts.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { constants } from "node:os";

export type Exit = { code: number | null; signal: NodeJS.Signals | null };

export function exitCodeOf({ code, signal }: Exit): number {
  return code ?? 128 + (signal ? constants.signals[signal] : 0);
}

/** Runs with inherited stdio, so the child's progress and errors reach the terminal as they are. */
export function spawnChild(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  // npm is a .cmd shim on Windows, which only a shell can run.
  const shell = process.platform === "win32" && command === "npm";
  return spawn(command, args, { cwd, env, stdio: "inherit", shell });
}

export function waitForExit(child: ChildProcess): Promise<Exit> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve({ code, signal }));
  });
}

/** SIGTERM first so next can finish in-flight requests; SIGKILL if it hangs. */
export async function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = waitForExit(child).catch(() => undefined);
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

/** The next CLI, run with this node: no npx layer between us and next to relay signals. */
export function nextBin(): string {
  return createRequire(import.meta.url).resolve("next/dist/bin/next");
}

export function isPortFree(port: number, host?: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (err: NodeJS.ErrnoException) =>
      err.code === "EADDRINUSE" ? resolve(false) : reject(err),
    );
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

export function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name}=${raw} is not a TCP port (1–65535).`);
  }
  return port;
}

/** Polls until the URL answers with any HTTP status; "exited" if the server process dies first. */
export async function waitForHttp(
  url: string,
  child: ChildProcess,
  timeoutMs = 120_000,
): Promise<"ready" | "exited"> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return "exited";
    try {
      await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
      return "ready";
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s.`);
}
