import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { ActingUser } from "./acting-user";
import { formDataToObject, runGuarded } from "./guard-core";

const staff: ActingUser = {
  id: "u1",
  email: "s@example.org",
  name: "S",
  role: "STAFF",
  nationalScope: false,
  provinceIds: [12],
  mustChangePassword: false,
  sessionId: "s1",
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
