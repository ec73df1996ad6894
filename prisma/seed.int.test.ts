import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/testing/db";
import { DEMO_USERS } from "./demo-users";
import { seed } from "./seed";

const db = testDb();
afterAll(() => db.$disconnect());

describe("seed", () => {
  it("can run again without duplicating or changing what is there", async () => {
    await seed(db);
    const before = await db.user.findMany({
      where: { email: { in: DEMO_USERS.map((u) => u.email) } },
      select: { id: true, email: true, passwordHash: true },
      orderBy: { email: "asc" },
    });
    const cases = await db.case.count();

    expect(await seed(db)).toBe(false);

    expect(await db.province.count()).toBe(25);
    expect(await db.case.count()).toBe(cases);
    expect(
      await db.user.findMany({
        where: { email: { in: DEMO_USERS.map((u) => u.email) } },
        select: { id: true, email: true, passwordHash: true },
        orderBy: { email: "asc" },
      }),
    ).toEqual(before);
    expect(before).toHaveLength(DEMO_USERS.length);
  });

  it("stores demo passwords as argon2id hashes", async () => {
    await seed(db);
    const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS[0]!.email } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(DEMO_USERS[0]!.password);
  });
});
