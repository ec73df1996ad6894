import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db, fingerprint, ROLES } from "@/lib/testing/authorization-matrix";
import { MATRIX } from "@/lib/testing/authorization-rows";
import { makeUser } from "@/lib/testing/users";

afterAll(() => db.$disconnect());

describe("authorization matrix: every action × every role", () => {
  for (const row of MATRIX) {
    for (const role of ROLES) {
      const allowed = row.allowed.includes(role);
      it(`${row.name} as ${role} is ${allowed ? "allowed" : "refused, changing nothing"}`, async () => {
        const actor = await makeUser(
          db,
          role,
          row.national ? { nationalScope: true } : { provinceIds: [12] },
        );
        const input = await row.input(actor);
        if (row.name === "changePassword") input.confirmPassword = input.newPassword;
        const before = allowed ? null : await fingerprint();
        const result = await row.run(actor, input);
        if (allowed) {
          expect(result).toMatchObject({ ok: true });
        } else {
          expect(result).toMatchObject({ ok: false, code: "forbidden" });
          expect(await fingerprint()).toEqual(before);
        }
      });
    }

    it(`${row.name} signed out is refused, changing nothing`, async () => {
      const input = await row.input(await makeUser(db, "ADMIN"));
      const before = await fingerprint();
      expect(await row.run(null, input)).toMatchObject({
        ok: false,
        code: "unauthenticated",
      });
      expect(await fingerprint()).toEqual(before);
    });
  }
});

describe("the matrix covers every action", () => {
  const dir = path.resolve("lib/actions/definitions");
  const modules = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.includes(".test."));

  it.each(modules)("every spec exported by lib/actions/definitions/%s has a row", async (file) => {
    const exported = (await import(path.join(dir, file))) as Record<string, unknown>;
    const specs = Object.entries(exported).filter(([name]) => name.endsWith("Spec"));
    expect(specs.length, file).toBeGreaterThan(0);
    for (const [name, spec] of specs) {
      expect(
        MATRIX.filter((row) => row.spec === spec).map((row) => row.name),
        `${name} has no row in lib/testing/authorization-rows.ts`,
      ).toEqual([name.replace(/Spec$/, "")]);
    }
  });

  it("has one row per action, each naming its spec", () => {
    expect(new Set(MATRIX.map((row) => row.name)).size).toBe(MATRIX.length);
    expect(new Set(MATRIX.map((row) => row.spec)).size).toBe(MATRIX.length);
  });
});

describe("there is only one way to write a server action", () => {
  // Sign-in (no user yet), sign-out (the session may already be gone) and the language switch
  // (a cookie, no data) are the only actions outside guardedAction.
  const UNGUARDED = new Set(["sign-in.ts", "sign-out.ts", "set-locale.ts"]);
  const dir = path.resolve("lib/actions");
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.includes(".test."));

  it.each(files)("%s", (file) => {
    const source = readFileSync(path.join(dir, file), "utf8");
    expect(source.startsWith('"use server";')).toBe(true);
    if (!UNGUARDED.has(file)) expect(source).toMatch(/= guardedAction\(/);
  });
});
