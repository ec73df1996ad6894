import { describe, expect, it } from "vitest";
import { createLimiter } from "./limiter";

describe("createLimiter", () => {
  it("runs at most max jobs at once, the rest in order, and frees a slot on failure", async () => {
    const limited = createLimiter(2);
    let active = 0;
    let peak = 0;
    const order: number[] = [];
    const job = (n: number, fail = false) =>
      limited(async () => {
        active++;
        peak = Math.max(peak, active);
        await new Promise((r) => setTimeout(r, 5));
        active--;
        order.push(n);
        if (fail) throw new Error(`job ${n}`);
        return n;
      });
    const results = await Promise.allSettled([job(1, true), job(2), job(3), job(4), job(5)]);
    expect(peak).toBe(2);
    expect(results.map((r) => r.status)).toEqual([
      "rejected",
      "fulfilled",
      "fulfilled",
      "fulfilled",
      "fulfilled",
    ]);
    expect(order.slice(2).sort()).toEqual([3, 4, 5]);
  });
});
