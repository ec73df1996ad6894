import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signAnchor, ZAuditAnchor, type TAuditAnchor } from "@/lib/audit/anchor";
import { readAnchorHead } from "@/lib/audit/anchor-check";
import { readAnchorFile } from "@/lib/audit/anchor-file";
import { recordAudit } from "@/lib/audit/append";
import { testDb } from "@/lib/testing/db";
import { testAuditEvent } from "@/lib/testing/audit-events";

// `npm run -s audit:anchor` and `npm run audit:verify -- --anchor FILE`, run as an operator would,
// against the test database. Attacks on the chain itself are staged in lib/audit/anchor.int.test.ts;
// here, anchors signed with the test key name what such attacks leave behind.

const db = testDb();
afterAll(() => db.$disconnect());
const KEY = "cli-anchor-test-key-0123456789abcdef";
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "ctip-anchor-"));
});

type Run = { code: number; stdout: string; stderr: string };
/** `key` null: AUDIT_ANCHOR_KEY unset. */
async function run(script: string, args: string[], key: string | null = KEY): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: process.env.DATABASE_URL };
  if (key === null) delete env.AUDIT_ANCHOR_KEY;
  else env.AUDIT_ANCHOR_KEY = key;
  return promisify(execFile)("npx", ["tsx", `lib/cli/${script}.ts`, ...args], { env })
    .then(({ stdout, stderr }) => ({ code: 0, stdout, stderr }))
    .catch((e: Run) => e);
}

let n = 0;
async function file(content: string | Buffer) {
  const name = path.join(dir, `anchor-${++n}.json`);
  await writeFile(name, content);
  return name;
}
const verify = async (anchor: TAuditAnchor | string | Buffer, key?: string) =>
  run(
    "audit-verify",
    [
      "--anchor",
      await file(
        typeof anchor === "object" && !Buffer.isBuffer(anchor) ? JSON.stringify(anchor) : anchor,
      ),
    ],
    key,
  );

async function head() {
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor: null,
      ...testAuditEvent("test.cli_anchor"),
      request: { ip: null, userAgent: null },
    }),
  );
  return (await readAnchorHead(db))!;
}

describe("npm run -s audit:anchor", { timeout: 120_000 }, () => {
  it("prints only a signed anchor of the head on stdout, which audit:verify accepts", async () => {
    const expected = await head();
    const out = await run("audit-anchor", []);
    expect(out.code).toBe(0);
    const anchor = ZAuditAnchor.parse(JSON.parse(out.stdout));
    expect(anchor).toMatchObject({
      lastId: expected.lastId,
      hash: expected.hash,
      count: expected.count,
    });
    const ok = await verify(out.stdout);
    expect(ok.code, ok.stdout).toBe(0);
    expect(ok.stdout).toContain(`Anchor matches: event ${anchor.lastId}`);
  });

  it("refuses to run without a key, or with a short one, printing nothing on stdout", async () => {
    const missing = await run("audit-anchor", [], null);
    expect(missing).toMatchObject({ code: 1, stdout: "" });
    expect(missing.stderr).toContain("AUDIT_ANCHOR_KEY is not set");
    const short = await run("audit-anchor", [], "too-short");
    expect(short).toMatchObject({ code: 1, stdout: "" });
    expect(short.stderr).toContain(
      "AUDIT_ANCHOR_KEY is 9 characters long; it must have at least 32",
    );
  });
});

describe("npm run audit:verify -- --anchor FILE", { timeout: 180_000 }, () => {
  it("fails on an edited anchor and on another key, saying so", async () => {
    const anchor = signAnchor(await head(), KEY);
    const edited = await verify({ ...anchor, count: anchor.count - 1 });
    expect(edited.code).toBe(1);
    expect(edited.stdout).toContain("the anchor's HMAC does not match");
    const otherKey = await verify(anchor, `${KEY}-rotated`);
    expect(otherKey.code).toBe(1);
    expect(otherKey.stdout).toContain("the anchor's HMAC does not match");
  });

  it("fails when the anchored event is past the chain's end (a deleted tail)", async () => {
    const h = await head();
    const gone = String(BigInt(h.lastId) + 1000n);
    const out = await verify(signAnchor({ ...h, lastId: gone, count: h.count + 1000 }, KEY));
    expect(out.code).toBe(1);
    expect(out.stdout).toContain("Audit chain intact");
    expect(out.stdout).toContain(
      `Anchor FAILED: the anchored event ${gone} is no longer in the chain`,
    );
  });

  it("fails when the anchored event's hash differs (a rewritten chain)", async () => {
    const h = await head();
    const out = await verify(signAnchor({ ...h, hash: "0".repeat(64) }, KEY));
    expect(out.code).toBe(1);
    expect(out.stdout).toContain(
      `Anchor FAILED: event ${h.lastId} has hash ${h.hash}, not the anchored ${"0".repeat(64)}`,
    );
    expect(out.stdout).not.toContain("events up to");
  });

  it("fails when the count of events up to it differs (events deleted, chain recomputed)", async () => {
    const h = await head();
    const out = await verify(signAnchor({ ...h, count: h.count + 2 }, KEY));
    expect(out.code).toBe(1);
    expect(out.stdout).toContain(
      `Anchor FAILED: the chain holds ${h.count} events up to event ${h.lastId}, not the anchored ${h.count + 2}: events up to it have been deleted.`,
    );
  });

  it("reads the file hostilely: each fault has its own message, and the CLI exits 1", async () => {
    const valid = JSON.stringify(signAnchor(await head(), KEY));
    const cases: [string | Buffer, string][] = [
      [Buffer.alloc(5000, 0x20), "over 4096 bytes"],
      ["{not json", "not UTF-8 JSON"],
      [Buffer.from([0x7b, 0xff, 0x7d]), "not UTF-8 JSON"],
      [JSON.stringify({ ...JSON.parse(valid), extra: 1 }), "not an audit anchor"],
      [JSON.stringify({ ...JSON.parse(valid), hash: "XYZ" }), 'field "hash"'],
      [JSON.stringify({ ...JSON.parse(valid), format: "other/1" }), 'field "format"'],
    ];
    for (const [content, message] of cases) {
      await expect(readAnchorFile(await file(content)), message).rejects.toThrow(message);
    }
    await expect(readAnchorFile(path.join(dir, "absent.json"))).rejects.toThrow(
      "cannot open the anchor file",
    );
    await expect(readAnchorFile(dir)).rejects.toThrow("is not a regular file");
    await expect(readAnchorFile("/dev/zero")).rejects.toThrow("is not a regular file");
    expect(await readAnchorFile(await file(valid))).toEqual(JSON.parse(valid));

    const notJson = await verify("{not json");
    expect(notJson).toMatchObject({ code: 1 });
    expect(notJson.stdout).toContain("audit:verify: the anchor file is not UTF-8 JSON.");
    const noKey = await run("audit-verify", ["--anchor", await file(valid)], null);
    expect(noKey).toMatchObject({ code: 1 });
    expect(noKey.stdout).toContain("AUDIT_ANCHOR_KEY is not set");
  });
});
