import { afterAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/generated/prisma/client";
import { testDb, uniqueKey } from "@/lib/testing/db";
import { filtersOf } from "@/lib/testing/record-lists";
import { makeUser } from "@/lib/testing/users";
import { buildCase, buildSuspect, buildVictim } from "@/prisma/factories";
import { findCaseActivity, findStaleCaseIds } from "./case-activity";
import { findCases } from "./cases";

// The stale rule (lib/domain/stale-cases.ts, CASE_STALE_DAYS unset: 90 days) as the cases list,
// its filter and the case page read it. Records are aged by setting updated_at directly, since
// Prisma stamps updatedAt itself on every write.
const db = testDb();
afterAll(() => db.$disconnect());

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

async function age(table: "case" | "suspect" | "victim", id: string, at: Date) {
  if (table === "case")
    await db.$executeRaw`UPDATE "case" SET updated_at = ${at} WHERE id = ${id}::uuid`;
  if (table === "suspect")
    await db.$executeRaw`UPDATE suspect SET updated_at = ${at} WHERE id = ${id}::uuid`;
  if (table === "victim")
    await db.$executeRaw`UPDATE victim SET updated_at = ${at} WHERE id = ${id}::uuid`;
}

/** A case untouched for `days` days, with no status history (as the factory makes it). */
async function oldCase(
  key: string,
  name: string,
  days = 120,
  o: Partial<Prisma.CaseUncheckedCreateInput> = {},
) {
  const kase = await db.case.create({
    data: buildCase({
      reference: `STALE-${key}-${name}`,
      provinceId: 12,
      status: "INVESTIGATION",
      ...o,
    }),
    select: { id: true },
  });
  await age("case", kase.id, daysAgo(days));
  return kase.id;
}

describe("stale cases", () => {
  it("are the open cases with no activity on the case, its status, suspects or victims", async () => {
    const key = uniqueKey();
    const stale = await oldCase(key, "STALE");
    const recent = await oldCase(key, "RECENT", 30);
    const closed = await oldCase(key, "CLOSED", 120, { status: "CLOSED", closeReason: "OTHER" });
    const bySuspect = await oldCase(key, "SUSPECT");
    const suspect = await db.suspect.create({ data: buildSuspect({ caseId: bySuspect }) });
    await age("suspect", suspect.id, daysAgo(10));
    const byVictim = await oldCase(key, "VICTIM");
    await db.victim.create({ data: buildVictim({ caseId: byVictim, rescueProvinceId: 12 }) });
    const byStatus = await oldCase(key, "STATUS");
    await db.caseStatusChange.create({
      data: { caseId: byStatus, fromStatus: "OPEN", toStatus: "INVESTIGATION", at: daysAgo(200) },
    });
    // A suspect untouched as long as its case does not keep the case active.
    const oldSuspect = await db.suspect.create({ data: buildSuspect({ caseId: stale }) });
    await age("suspect", oldSuspect.id, daysAgo(150));

    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const ids = [stale, recent, closed, bySuspect, byVictim, byStatus];
    expect([...(await findStaleCaseIds(staff, ids))]).toEqual([stale]);

    const listed = await findCases(staff, filtersOf("cases", { stale: "1", q: `STALE-${key}` }));
    expect(listed.rows.map((r) => r.reference)).toEqual([`STALE-${key}-STALE`]);
    expect(listed.total).toBe(1);
    const all = await findCases(staff, filtersOf("cases", { q: `STALE-${key}` }));
    expect(all.total).toBe(6);
  });

  it("say on the case page since when a case is stale", async () => {
    const key = uniqueKey();
    const id = await oldCase(key, "PAGE", 120);
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const activity = await findCaseActivity(staff, id);
    expect(activity).toMatchObject({ stale: true, days: 90 });
    const last = activity!.lastActivityAt.getTime();
    expect(Math.abs(last - daysAgo(120).getTime())).toBeLessThan(60_000);
    expect(activity!.staleSince!.getTime()).toBe(last + 90 * DAY);

    const suspect = await db.suspect.create({ data: buildSuspect({ caseId: id }) });
    expect(await findCaseActivity(staff, id)).toMatchObject({ stale: false, staleSince: null });
    await age("suspect", suspect.id, daysAgo(100));
    const again = await findCaseActivity(staff, id);
    expect(again).toMatchObject({ stale: true });
    expect(Math.abs(again!.lastActivityAt.getTime() - daysAgo(100).getTime())).toBeLessThan(60_000);
  });

  it("are not told about outside the user's scope", async () => {
    const key = uniqueKey();
    const id = await oldCase(key, "SCOPE");
    const elsewhere = await makeUser(db, "STAFF", { provinceIds: [17] });
    expect(await findCaseActivity(elsewhere, id)).toBeNull();
    expect((await findStaleCaseIds(elsewhere, [id])).size).toBe(0);
  });
});
