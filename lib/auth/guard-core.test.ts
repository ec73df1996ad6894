import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { ActingUser } from "./acting-user";
import { ECHO_MAX_CHARS, formDataToObject, runGuarded } from "./guard-core";
import { SECRETARIAT } from "@/lib/domain/agencies";

const staff: ActingUser = {
  id: "u1",
  email: "s@example.org",
  name: "S",
  role: "STAFF",
  nationalScope: false,
  provinceIds: [12],
  mustChangePassword: false,
  sessionId: "s1",
  ...SECRETARIAT,
};
const request = { ip: null, userAgent: null };
const schema = z.object({
  age: z.coerce.number().int().max(120, { error: "ageRange" }),
  password: z.string(),
});

describe("runGuarded", () => {
  it("checks the permission before it reads the input or runs anything", async () => {
    const handler = vi.fn();
    const result = await runGuarded(
      { permission: "manage:user", schema, handler },
      staff,
      request,
      { age: "x" },
    );
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("returns field errors, and echoes the input without passwords", async () => {
    const handler = vi.fn();
    const result = await runGuarded(
      { permission: "write:record", schema, handler },
      staff,
      request,
      {
        age: "130",
        password: "secret",
      },
    );
    expect(result).toEqual({
      ok: false,
      code: "invalid",
      messageKey: "invalid",
      fieldErrors: { age: ["ageRange"] },
      values: { age: "130" },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("passes an AppError's message on, and hides any other error behind a reference", async () => {
    const spec = (err: Error) => ({
      permission: "write:record" as const,
      schema,
      handler: async () => Promise.reject(err),
    });
    const input = { age: "3", password: "p" };
    expect(await runGuarded(spec(new AppError("conflict")), staff, request, input)).toMatchObject({
      ok: false,
      code: "conflict",
    });
    const logged = vi.spyOn(console, "error").mockImplementationOnce(() => {});
    const result = await runGuarded(spec(new Error("db password=xyz")), staff, request, input);
    expect(result).toMatchObject({
      ok: false,
      code: "unexpected",
      params: { ref: expect.stringMatching(/^[0-9a-f]{8}$/) },
    });
    expect(JSON.stringify(result)).not.toContain("xyz");
    expect(logged).toHaveBeenCalledOnce();
  });
});

describe("runGuarded's echo of a refused input", () => {
  const text = z.object({ summary: z.string().max(ECHO_MAX_CHARS, { error: "tooLong" }) });

  it("does not send a 900 KB summary back: it is cut to the longest field's length", async () => {
    const huge = "x".repeat(900 * 1024);
    const result = await runGuarded(
      { permission: "write:record", schema: text, handler: vi.fn() },
      staff,
      request,
      { summary: huge, tags: Array.from({ length: 5000 }, () => huge) },
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { summary: ["tooLong"] } });
    const values = !result.ok ? result.values : undefined;
    expect(values?.summary).toBe("x".repeat(ECHO_MAX_CHARS));
    expect((values?.tags as string[]).length).toBeLessThanOrEqual(100);
    expect(JSON.stringify(result).length).toBeLessThan(500_000);
  });

  it("echoes no more than a form's worth of fields", async () => {
    const input = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`f${i}`, "v"]));
    const result = await runGuarded(
      { permission: "write:record", schema: text, handler: vi.fn() },
      staff,
      request,
      input,
    );
    expect(Object.keys((!result.ok && result.values) || {}).length).toBeLessThanOrEqual(100);
  });

  it("echoes a value within the limit whole", async () => {
    const summary = "y".repeat(ECHO_MAX_CHARS + 1);
    const result = await runGuarded(
      { permission: "write:record", schema: text, handler: vi.fn() },
      staff,
      request,
      { summary, name: "Kept" },
    );
    expect(!result.ok && result.values).toEqual({ summary: summary.slice(0, -1), name: "Kept" });
  });
});

describe("formDataToObject", () => {
  it("turns repeated names and names ending in [] into arrays", () => {
    const fd = new FormData();
    fd.append("a", "1");
    fd.append("b[]", "x");
    fd.append("c", "1");
    fd.append("c", "2");
    fd.append("$ACTION_ID_abc", "");
    expect(formDataToObject(fd)).toEqual({ a: "1", b: ["x"], c: ["1", "2"] });
  });
});
