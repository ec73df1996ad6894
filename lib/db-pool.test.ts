import { describe, expect, it } from "vitest";
import { DEFAULT_POOL_MAX, parsePoolMax, poolMaxFrom } from "./db-pool";
import { poolMaxRefusal } from "./server/preflight";

describe("DATABASE_POOL_MAX", () => {
  it("defaults when unset or blank, and takes a whole number from 1 to 1000", () => {
    expect(poolMaxFrom({})).toBe(DEFAULT_POOL_MAX);
    expect(poolMaxFrom({ DATABASE_POOL_MAX: "" })).toBe(DEFAULT_POOL_MAX);
    expect(poolMaxFrom({ DATABASE_POOL_MAX: "1" })).toBe(1);
    expect(poolMaxFrom({ DATABASE_POOL_MAX: "25" })).toBe(25);
    expect(poolMaxFrom({ DATABASE_POOL_MAX: "1000" })).toBe(1000);
  });

  it("refuses anything else, naming the variable, rather than falling back to the default", () => {
    for (const raw of ["0", "-3", "2.5", "1e2", "ten", "0x10", "1001", "10 connections"]) {
      const parsed = parsePoolMax(raw);
      expect(parsed, raw).toMatchObject({ ok: false });
      expect(() => poolMaxFrom({ DATABASE_POOL_MAX: raw })).toThrow(/DATABASE_POOL_MAX is/);
      expect(poolMaxRefusal({ DATABASE_POOL_MAX: raw })).toContain(`DATABASE_POOL_MAX is "${raw}"`);
    }
    expect(poolMaxRefusal({ DATABASE_POOL_MAX: "20" })).toBeNull();
    expect(poolMaxRefusal({})).toBeNull();
  });
});
