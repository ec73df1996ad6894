import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { respondWithPublishedCopy } from "@/lib/data/report-published-copy";
import { publishReport } from "@/lib/data/report-publishing";
import {
  db,
  nationalManager,
  request,
  seedYear,
  snapshotsOf,
} from "@/lib/testing/report-publishing";
import { uniquePublishableYear } from "@/lib/testing/publishable-year";

// `npm run -s report:verify -- --file <json>` run as an operator would, against the test
// database, on a revision downloaded as a manager would download it.

afterAll(() => db.$disconnect());

type Run = { code: number; stdout: string; stderr: string };
async function verify(args: string[]): Promise<Run> {
  const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL };
  return promisify(execFile)("npx", ["tsx", "lib/cli/report-verify.ts", ...args], { env })
    .then(({ stdout, stderr }) => ({ code: 0, stdout, stderr }))
    .catch((e: Run) => e);
}

let dir: string;
let file: string;
let year: number;
let snapshot: Awaited<ReturnType<typeof snapshotsOf>>[number];
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "ctip-verify-"));
  year = await uniquePublishableYear();
  await seedYear(year);
  const manager = await nationalManager();
  await publishReport(manager, { year }, request);
  snapshot = (await snapshotsOf(year))[0]!;
  const response = await respondWithPublishedCopy(
    manager,
    { year: String(year), revision: "1" },
    new URLSearchParams("format=json"),
    request,
  );
  file = path.join(dir, "published.json");
  await writeFile(file, new Uint8Array(await response.arrayBuffer()));
});

async function variant(name: string, content: string | Buffer) {
  const target = path.join(dir, name);
  await writeFile(target, content);
  return target;
}

describe("report:verify", () => {
  it("matches a downloaded revision and names its revision, date and verified anchor", async () => {
    const run = await verify(["--file", file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("byte for byte");
    expect(run.stdout).toContain(
      `MATCH: published revision 1 of the ${year} report, published ${snapshot.publishedAt.toISOString()}.`,
    );
    expect(run.stdout).toContain(snapshot.sha256);
    expect(run.stdout).toContain(`event ${snapshot.auditHeadId}, hash ${snapshot.auditHeadHash}`);
    expect(run.stdout).toContain("The anchor verifies");
    // No person's name: revisions are named by number and date.
    const publisher = await db.user.findUniqueOrThrow({ where: { id: snapshot.publishedById } });
    expect(run.stdout).not.toContain(publisher.name);
  });

  it("fails with exit 1 after one byte is changed", async () => {
    const text = await readFile(file, "utf8");
    // One digit of a count: still valid JSON, a different document.
    const at = text.indexOf('"total":') + '"total":'.length;
    const digit = text[at]!;
    const changed =
      text.slice(0, at) + (digit === "9" ? "8" : String(Number(digit) + 1)) + text.slice(at + 1);
    expect(Buffer.byteLength(changed)).toBe(Buffer.byteLength(text));
    const run = await verify(["--file", await variant("changed.json", changed)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("no published revision has this SHA-256");
  });

  it("matches a pretty-printed copy of the same document, and says it was re-formatted", async () => {
    const pretty = JSON.stringify(JSON.parse(await readFile(file, "utf8")), null, 2);
    const run = await verify(["--file", await variant("pretty.json", pretty)]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("re-formatted");
    expect(run.stdout).toContain(`MATCH: published revision 1 of the ${year} report`);
  });

  it("exits 2 for bad usage, an unreadable file or a file that is not JSON", async () => {
    expect((await verify([])).code).toBe(2);
    expect((await verify(["--file"])).code).toBe(2);
    expect((await verify(["--file", path.join(dir, "missing.json")])).code).toBe(2);
    const notJson = await verify(["--file", await variant("not.json", "{ not json")]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain("is not JSON");
  });
});
