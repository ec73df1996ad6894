import { describe, expect, it } from "vitest";
import { isLockedOut, lockoutDelayMs } from "./rate-limit-policy";

const MIN = 60_000;

describe("lockoutDelayMs", () => {
  it("allows fewer failures than the threshold", () => expect(lockoutDelayMs(4, 5)).toBe(0));
  it("doubles from one minute, up to an hour", () => {
    expect([5, 6, 7, 8, 12, 20].map((n) => lockoutDelayMs(n, 5) / MIN)).toEqual([
      1, 2, 4, 8, 60, 60,
    ]);
  });
});

describe("isLockedOut", () => {
  const last = new Date("2026-01-01T00:00:00Z");
  it("holds for the delay after the latest failure, then lifts", () => {
    expect(isLockedOut(5, last, 5, new Date(last.getTime() + MIN - 1))).toBe(true);
    expect(isLockedOut(5, last, 5, new Date(last.getTime() + MIN))).toBe(false);
  });
  it("never locks below the threshold", () => expect(isLockedOut(4, last, 5, last)).toBe(false));
});
