// Decides whether `next build` must run before `next start`, by comparing modification times of
// the build's inputs with .next/BUILD_ID, which next writes at the end of a successful build.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

const INPUTS = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "i18n",
  "next.config.ts",
  "package.json",
  "proxy.ts",
  "middleware.ts",
  "instrumentation.ts",
  "postcss.config.mjs",
  "prisma/schema.prisma",
];
// lib/generated is rewritten by every `npm install` (postinstall); lib/cli and lib/bench are not
// part of the app (editing a benchmark must not make it rebuild the app it measures).
const IGNORED = new Set(["lib/generated", "lib/cli", "lib/bench", "node_modules"]);

async function mtimeOrUndefined(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return undefined;
  }
}

async function findNewer(
  root: string,
  relative: string,
  since: number,
): Promise<string | undefined> {
  if (IGNORED.has(relative) || path.basename(relative) === "node_modules") return undefined;
  const full = path.join(root, relative);
  let entries;
  try {
    entries = await readdir(full, { withFileTypes: true });
  } catch {
    // Not a directory (or missing): a single file.
    const mtime = await mtimeOrUndefined(full);
    return mtime !== undefined && mtime > since ? relative : undefined;
  }
  // A directory's own mtime changes when a file in it is deleted or renamed.
  if (((await mtimeOrUndefined(full)) ?? 0) > since) return relative;
  for (const entry of entries) {
    const newer = await findNewer(root, path.posix.join(relative, entry.name), since);
    if (newer) return newer;
  }
  return undefined;
}

/** Why a build is needed, or undefined when .next holds a build newer than every input. */
export async function buildReason(root: string): Promise<string | undefined> {
  const builtAt = await mtimeOrUndefined(path.join(root, ".next", "BUILD_ID"));
  if (builtAt === undefined) return "there is no production build yet";
  for (const input of INPUTS) {
    const newer = await findNewer(root, input, builtAt);
    if (newer) return `${newer} changed since the last build`;
  }
  return undefined;
}
