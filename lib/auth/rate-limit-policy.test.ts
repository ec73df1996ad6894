import { describe, expect, it } from "vitest";
import {
  countFailuresSince,
  extendLock,
  failureBudgetOf,
  lockoutDelayMs,
  lockPhaseOf,
  RATE_LIMIT_WINDOW_MS,
  startLock,
} from "./rate-limit-policy";

const MIN = 60_000;
const t0 = new Date("2026-01-01T00:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * MIN);

describe("lockoutDelayMs", () => {
  it("doubles from one minute, up to an hour", () => {
    expect([0, 1, 2, 3, 4, 6, 7, 8, 40].map((level) => lockoutDelayMs(level) / MIN)).toEqual([
      0, 1, 2, 4, 8, 32, 60, 60, 60,
    ]);
  });
});

describe("a lock", () => {
  it("lasts its whole delay, even beyond the 15-minute counting window", () => {
    let lock = startLock(null, "none", t0);
    for (let i = 1; i <= 5; i++) lock = extendLock(lock, at(i / 60));
    expect(lock.level).toBe(6);
    expect(lockPhaseOf(lock, at(20))).toBe("active");
    expect(lockPhaseOf(lock, at(32))).toBe("active");
    expect(lockPhaseOf(lock, at(33))).toBe("probation");
    expect(lockPhaseOf(lock, at(33 + 15))).toBe("none");
  });

  it("is never shortened by a refused attempt", () => {
    const lock = { level: 9, lockedUntil: at(60) };
    expect(extendLock(lock, at(1)).lockedUntil).toEqual(at(61));
    expect(extendLock({ level: 9, lockedUntil: at(90) }, at(1)).lockedUntil).toEqual(at(90));
    expect(extendLock({ level: 10_000, lockedUntil: at(0) }, at(1)).level).toBe(10_000);
  });

  it("restarts one level up after a failure on probation, and at one minute otherwise", () => {
    const lock = { level: 3, lockedUntil: t0 };
    expect(startLock(lock, "probation", at(2))).toEqual({ level: 4, lockedUntil: at(10) });
    expect(startLock(lock, "none", at(20))).toEqual({ level: 1, lockedUntil: at(21) });
  });
});

describe("counting failures", () => {
  it("counts over the window, from the last success, and on probation from the lock's end", () => {
    expect(countFailuresSince(at(30), null, null)).toEqual(at(15));
    expect(countFailuresSince(at(30), at(20), null)).toEqual(at(20));
    const ended = { level: 1, lockedUntil: at(25) };
    expect(countFailuresSince(at(30), at(20), ended)).toEqual(at(25));
    expect(countFailuresSince(at(25 + RATE_LIMIT_WINDOW_MS / MIN + 1), null, ended)).toEqual(
      at(26),
    );
  });
  it("allows the threshold, or one attempt on probation", () => {
    expect(failureBudgetOf(5, "none")).toBe(5);
    expect(failureBudgetOf(5, "probation")).toBe(1);
  });
});
