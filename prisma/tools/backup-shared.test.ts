import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { describeDatabase, libpqEnv } from "./backup-postgres";
import { formatBytes, parseCli, readFileKind, resolveTarget } from "./backup-shared";

const dir = await mkdtemp(path.join(tmpdir(), "ctip-backup-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("libpqEnv", () => {
  it("hands pg_dump the connection as PG* variables, the password decoded, never in argv", () => {
    const env = libpqEnv(
      "postgresql://own%40er:p%3Ass%2Fw@db.example:6543/ct%20ip?sslmode=verify-full&schema=public",
    );
    expect(env).toEqual({
      PGHOST: "db.example",
      PGPORT: "6543",
      PGUSER: "own@er",
      PGPASSWORD: "p:ss/w",
      PGDATABASE: "ct ip",
      PGSSLMODE: "verify-full",
    });
    expect(describeDatabase("postgresql://owner:secret@db.example/ctip")).toBe(
      "owner@db.example:5432/ctip",
    );
  });

  it("reads a socket directory from ?host= and an IPv6 address without brackets", () => {
    expect(libpqEnv("postgresql://u@/ctip?host=/var/run/postgresql").PGHOST).toBe(
      "/var/run/postgresql",
    );
    expect(libpqEnv("postgresql://u@[::1]:5432/ctip").PGHOST).toBe("::1");
  });

  it("refuses what is not a URL, without echoing it", () => {
    expect(() => libpqEnv("host=db password=secret")).toThrow(/not a valid postgresql:\/\/ URL\.$/);
  });
});

describe("backup files", () => {
  it("tells a pg_dump custom archive, a gzipped PGlite directory and anything else apart", async () => {
    const files = {
      "postgres-custom": Buffer.concat([Buffer.from("PGDMP"), Buffer.alloc(20)]),
      "pglite-tarball": gzipSync(Buffer.alloc(1024)),
      unknown: Buffer.from("-- PostgreSQL database dump (plain SQL)\n"),
    } as const;
    for (const [kind, bytes] of Object.entries(files)) {
      const file = path.join(dir, kind);
      await writeFile(file, bytes);
      expect(await readFileKind(file)).toBe(kind);
    }
    await writeFile(path.join(dir, "empty"), "");
    expect(await readFileKind(path.join(dir, "empty"))).toBe("unknown");
    await expect(readFileKind(path.join(dir, "missing"))).rejects.toThrow(/does not exist/);
  });

  it("formats sizes in binary units", () => {
    expect([formatBytes(512), formatBytes(157_822), formatBytes(5 * 1024 ** 3)]).toEqual([
      "512 B",
      "154.1 KiB",
      "5.0 GiB",
    ]);
  });
});

describe("the command line", () => {
  it("needs its file, and refuses unknown options with the usage", () => {
    expect(parseCli("out", "usage", ["--out", "x.dump", "--force"])).toEqual({
      file: path.resolve("x.dump"),
      force: true,
    });
    expect(() => parseCli("out", "usage: db:backup", [])).toThrow(
      /--out <file> is required\nusage: db:backup/,
    );
    expect(() => parseCli("in", "usage", ["--in", "x", "--yes"])).toThrow(/Unknown option '--yes'/);
  });

  it("uses the owner's URL before the app's, and the demo's data directory without either", () => {
    expect(
      resolveTarget({
        MIGRATE_DATABASE_URL: "postgresql://o@h/d",
        DATABASE_URL: "postgresql://a@h/d",
      }),
    ).toEqual({
      kind: "postgres",
      url: "postgresql://o@h/d",
    });
    expect(resolveTarget({ DEMO_DATA_DIR: "/tmp/demo-db" })).toEqual({
      kind: "pglite",
      dir: "/tmp/demo-db",
    });
  });
});
