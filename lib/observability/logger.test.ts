import { describe, expect, it, vi } from "vitest";
import { createMemoryLog } from "@/lib/testing/memory-log";
import { createLogger, logger } from "./logger";
import { noteRequestUser, runWithRequestContext } from "./request-context";

describe("createLogger", () => {
  it("writes JSON lines carrying the current request's id and user id", async () => {
    const memory = createMemoryLog();
    const log = createLogger(memory);
    log.info("outside");
    await runWithRequestContext({ requestId: "req-00000042" }, async () => {
      log.info("before sign-in is known");
      await Promise.resolve();
      noteRequestUser("usr_7");
      await new Promise((r) => setTimeout(r, 1));
      log.info({ detail: 1 }, "after");
    });
    expect(memory.lines.map((l) => [l.msg, l.requestId, l.userId])).toEqual([
      ["outside", undefined, undefined],
      ["before sign-in is known", "req-00000042", undefined],
      ["after", "req-00000042", "usr_7"],
    ]);
    expect(memory.lines[2]).toMatchObject({ level: 30, levelName: "info", detail: 1 });
    expect(typeof memory.lines[2]!.time).toBe("string");
  });

  it("drops lines below its level", () => {
    const memory = createMemoryLog();
    createLogger(memory, "warn").info("quiet");
    expect(memory.lines).toEqual([]);
  });
});

describe("noteRequestUser", () => {
  it("does nothing outside a request", () => {
    expect(() => noteRequestUser("usr_1")).not.toThrow();
  });
});

describe("logger under Vitest", () => {
  it("sends errors to console.error, where the test guard sees them, and drops the rest", () => {
    const seen = vi.spyOn(console, "error").mockImplementation(() => {});
    logger().info("dropped");
    logger().error({ err: new Error("boom"), ref: "abcd1234" }, "unexpected error");
    expect(seen).toHaveBeenCalledOnce();
    const line = JSON.parse(String(seen.mock.calls[0]![0])) as Record<string, unknown>;
    expect(line).toMatchObject({ msg: "unexpected error", ref: "abcd1234", levelName: "error" });
    seen.mockRestore();
  });
});
