import { afterAll, describe, expect, it } from "vitest";
import { findRecentEntries } from "@/lib/data/home-recent";
import { testDb, uniqueKey } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/users";
import { buildCase, buildSuspect, buildVictim } from "@/prisma/factories";

const db = testDb();
afterAll(() => db.$disconnect());

describe("findRecentEntries", () => {
  it("lists what the user created or last changed in scope, newest first, by code", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const other = await makeUser(db, "STAFF", { provinceIds: [12] });
    const key = uniqueKey();
    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000);
    const kase = await db.case.create({
      data: buildCase({
        reference: `R-${key}-1`,
        provinceId: 12,
        createdById: staff.id,
        updatedAt: at(30),
      }),
    });
    const name = `Recent Victim ${key}`;
    const victim = await db.victim.create({
      data: buildVictim({
        name,
        rescueProvinceId: 12,
        createdById: other.id,
        updatedById: staff.id,
        updatedAt: at(10),
      }),
    });
    await db.suspect.create({
      data: buildSuspect({ caseId: kase.id, createdById: staff.id, updatedAt: at(20) }),
    });
    // Someone else's record, a deleted one, and one outside the user's provinces: none listed.
    await db.case.create({
      data: buildCase({ reference: `R-${key}-2`, provinceId: 12, createdById: other.id }),
    });
    await db.case.create({
      data: buildCase({
        reference: `R-${key}-3`,
        provinceId: 12,
        createdById: staff.id,
        deletedAt: new Date(),
      }),
    });
    await db.case.create({
      data: buildCase({ reference: `R-${key}-4`, provinceId: 17, createdById: staff.id }),
    });

    const entries = await findRecentEntries(staff);
    expect(entries.map((e) => [e.kind, e.label, e.created])).toEqual([
      ["victim", victim.code, false],
      ["suspect", kase.reference, true],
      ["case", kase.reference, true],
    ]);
    expect(entries[0]!.href).toBe(`/victims/${victim.id}`);
    expect(entries[1]!.href).toBe(`/cases/${kase.id}`);
    expect(JSON.stringify(entries)).not.toContain(name);
  });

  it("is refused to an administrator", async () => {
    const admin = await makeUser(db, "ADMIN");
    await expect(findRecentEntries(admin)).rejects.toMatchObject({ code: "forbidden" });
  });
});
