import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// ARCHITECTURE.md's tree must match the folders on disk: a new folder needs its line there, and a
// folder that goes must take its line with it.
const doc = readFileSync("ARCHITECTURE.md", "utf8");
const tree = /```\n(app\/[\s\S]*?)```/.exec(doc)?.[1] ?? "";
const folders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
/** The folders the tree names under `parent/`: lines indented two spaces below it. */
function named(parent: string): string[] {
  const lines = tree.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`${parent}/`));
  const names: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith(" ")) break;
    const m = /^ {2}([\w-]+)\/(?:\S*)\s/.exec(line);
    if (m) names.push(m[1]!);
  }
  return names.sort();
}

describe("ARCHITECTURE.md's tree", () => {
  it.each(["lib", "components"])("names every folder of %s/, and no other", (parent) => {
    expect(named(parent)).toEqual(folders(parent));
  });

  it("names every top-level folder", () => {
    // The folders git keeps, not build output or test reports.
    const tracked = execFileSync("git", ["ls-files"], { encoding: "utf8" }).split("\n");
    const top = [...new Set(tracked.filter((f) => f.includes("/")).map((f) => f.split("/")[0]!))]
      .filter((f) => !f.startsWith("."))
      .sort();
    const missing = top.filter((f) => !new RegExp(`^${f}/`, "m").test(tree));
    expect(missing).toEqual([]);
  });
});
