import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { testDb } from "@/lib/testing/db";
import { checkHealth, shippedMigrations } from "./health";

const db = testDb();
afterAll(() => db.$disconnect());
const query = (sql: string) => db.$queryRawUnsafe<{ migration_name: string }[]>(sql);

describe("the health check", () => {
  it("is ok on a database with every migration of this build", async () => {
    expect((await shippedMigrations()).length).toBeGreaterThanOrEqual(7);
    expect(await checkHealth(query)).toEqual({ status: "ok" });
  });

  it("says migrations are pending when the build ships one the database lacks", async () => {
    const shipped = async () => [...(await shippedMigrations()), "29991231000000_not_applied"];
    expect(await checkHealth(query, shipped)).toEqual({
      status: "unavailable",
      reason: "migrations pending",
    });
  });

  it("says the database is unreachable, without the driver's message, when it is", async () => {
    const gone = createPrismaClient("postgresql://nobody@127.0.0.1:1/none", 1);
    try {
      const health = await checkHealth((sql) => gone.$queryRawUnsafe(sql));
      expect(health).toEqual({ status: "unavailable", reason: "database unreachable" });
    } finally {
      await gone.$disconnect();
    }
  });

  it("checks the read replica too when one is configured", async () => {
    // A replica that is current: ok. One that does not answer, or lacks a migration: unavailable.
    expect(await checkHealth(query, shippedMigrations, query)).toEqual({ status: "ok" });
    const gone = createPrismaClient("postgresql://nobody@127.0.0.1:1/none", 1);
    try {
      const down = await checkHealth(query, shippedMigrations, (sql) => gone.$queryRawUnsafe(sql));
      expect(down).toEqual({ status: "unavailable", reason: "replica unreachable" });
    } finally {
      await gone.$disconnect();
    }
    const behind = async (sql: string) => (await query(sql)).slice(1);
    expect(await checkHealth(query, shippedMigrations, behind)).toEqual({
      status: "unavailable",
      reason: "replica migrations pending",
    });
  });

  it("is unavailable when the build's own migration list cannot be read", async () => {
    const health = await checkHealth(query, () => shippedMigrations("/nonexistent"));
    expect(health).toEqual({ status: "unavailable", reason: "migrations unknown" });
  });

  it("reads the migration folder once per process, and again after a failed read", async () => {
    expect(shippedMigrations()).toBe(shippedMigrations());
    const root = await mkdtemp(path.join(tmpdir(), "health-"));
    try {
      await expect(shippedMigrations(root)).rejects.toThrow();
      await mkdir(path.join(root, "prisma", "migrations", "20260101000000_first"), {
        recursive: true,
      });
      expect(await shippedMigrations(root)).toEqual(["20260101000000_first"]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
