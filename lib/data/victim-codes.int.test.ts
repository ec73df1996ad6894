import { afterAll, describe, expect, it, vi } from "vitest";
import type * as Codes from "@/lib/domain/codes";
import { testDb, uniqueKey } from "@/lib/testing/db";
import { peopleFingerprint, victimForm } from "@/lib/testing/people";
import { makeUser } from "@/lib/testing/users";
import { ZCreateVictim } from "@/lib/validation/victim";
import { buildVictim } from "@/prisma/factories";
import { createVictim } from "./victim-mutations";

// Codes queued here are handed out first, so a test can make a code collide on purpose.
const codes = vi.hoisted(() => ({ queue: [] as string[] }));
vi.mock("@/lib/domain/codes", async (importOriginal) => {
  const actual = await importOriginal<typeof Codes>();
  return {
    ...actual,
    generateVictimCode: () => codes.queue.shift() ?? actual.generateVictimCode(),
  };
});

const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: "192.0.2.33", userAgent: "vitest" };

describe("victim codes", () => {
  it("are drawn again when the first ones are taken", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const taken = await db.victim.create({ data: buildVictim({ rescueProvinceId: 12 }) });
    const fresh = `V-${uniqueKey().slice(0, 6)}`;
    codes.queue.push(taken.code, taken.code, fresh);
    const { id } = await createVictim(staff, ZCreateVictim.parse(victimForm(null)), request);
    expect((await db.victim.findUniqueOrThrow({ where: { id } })).code).toBe(fresh);
    expect(codes.queue).toEqual([]);
  });

  it("give up after five collisions, writing nothing", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const taken = await db.victim.create({ data: buildVictim({ rescueProvinceId: 12 }) });
    codes.queue.push(...Array<string>(5).fill(taken.code));
    const before = await peopleFingerprint(db, staff, []);
    await expect(
      createVictim(staff, ZCreateVictim.parse(victimForm(null)), request),
    ).rejects.toThrow(/No free victim code/);
    expect(await peopleFingerprint(db, staff, [])).toEqual(before);
    // All five were drawn, and a sixth (a real code) would have succeeded: it stopped at five.
    expect(codes.queue).toEqual([]);
  });
});
