import { afterAll, describe, expect, it } from "vitest";
import { updateSuspectCourtSpec, updateSuspectSpec } from "@/lib/actions/definitions/suspects";
import { findCase } from "@/lib/data/case-detail";
import { findCases } from "@/lib/data/cases";
import { countRecordsByYear } from "@/lib/data/overview";
import { findSuspects } from "@/lib/data/suspects";
import { findVictim } from "@/lib/data/victim-detail";
import { findVictims } from "@/lib/data/victims";
import { buildCtdcRows } from "@/lib/reports/ctdc/export-ctdc";
import { db, fingerprint, request } from "@/lib/testing/authorization-matrix";
import { makeAgencyActor } from "@/lib/testing/authorization-agencies";
import { courtFormIn12 } from "@/lib/testing/authorization-rows-perm";
import { makeCase, suspectForm } from "@/lib/testing/people";
import { filtersOf } from "@/lib/testing/record-lists";
import { buildSuspect, buildVictim } from "@/prisma/factories";
import { runGuarded } from "./guard-core";

// What each agency kind reads (decision 0034), through the same data functions the pages,
// lists and exports call: none may reach a record its grant does not.
afterAll(() => db.$disconnect());

async function domesticVictim(name: string) {
  const kase = await makeCase(db, 12);
  return db.victim.create({ data: buildVictim({ caseId: kase.id, rescueProvinceId: 12, name }) });
}

async function abroadVictim(name: string) {
  return db.victim.create({
    data: buildVictim({ rescuedAbroad: true, rescueCountry: "TH", rescueProvinceId: null, name }),
  });
}

async function referTo(victimId: string, providerId: number) {
  const now = new Date();
  await db.referral.create({
    data: { victimId, service: "SHELTER", providerId, referredAt: now, statusAt: now },
  });
}

describe("Foreign Affairs staff read victims rescued abroad, and no domestic victim", () => {
  it("open an abroad victim with their name, and never a domestic one", async () => {
    const mfa = await makeAgencyActor(db, "foreign");
    const abroad = await abroadVictim("Abroad Person");
    const home = await domesticVictim("Domestic Person");
    expect(await findVictim(mfa, abroad.id, request)).toMatchObject({ name: "Abroad Person" });
    await expect(findVictim(mfa, home.id, request)).rejects.toMatchObject({ code: "not-found" });
    const listed = await findVictims(mfa, filtersOf("victims", { q: home.code }));
    expect(listed.rows).toEqual([]);
    const found = await findVictims(mfa, filtersOf("victims", { q: "Abroad Person" }));
    expect(found.rows.map((r) => r.id)).toContain(abroad.id);
    expect(found.rows.every((r) => r.rescuedAbroad)).toBe(true);
  });

  it("get no cases, no suspects, no report figures and no export", async () => {
    const mfa = await makeAgencyActor(db, "foreign");
    const kase = await makeCase(db, 12);
    expect((await findCases(mfa, filtersOf("cases", {}))).total).toBe(0);
    expect((await findSuspects(mfa, filtersOf("suspects", {}))).total).toBe(0);
    await expect(findCase(mfa, kase.id, request)).rejects.toMatchObject({ code: "not-found" });
    await expect(countRecordsByYear(mfa)).rejects.toMatchObject({ code: "forbidden" });
    await expect(buildCtdcRows(mfa, { year: 2017 } as never)).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});

describe("a service provider sees exactly the victims referred to it", () => {
  it("in the list, the search and the page; no other victim, case or suspect", async () => {
    const provider = await makeAgencyActor(db, "provider");
    const referred = await domesticVictim("Referred Person");
    const other = await domesticVictim("Unreferred Person");
    await referTo(referred.id, provider.agencyId);
    const list = await findVictims(provider, filtersOf("victims", {}));
    expect(list.rows.map((r) => r.id)).toEqual([referred.id]);
    expect(list.total).toBe(1);
    const search = await findVictims(provider, filtersOf("victims", { q: "Unreferred" }));
    expect(search.rows).toEqual([]);
    expect(await findVictim(provider, referred.id, request)).toMatchObject({
      name: "Referred Person",
    });
    await expect(findVictim(provider, other.id, request)).rejects.toMatchObject({
      code: "not-found",
    });
    expect((await findCases(provider, filtersOf("cases", {}))).total).toBe(0);
    expect((await findSuspects(provider, filtersOf("suspects", {}))).total).toBe(0);
    await expect(findCase(provider, referred.caseId!, request)).rejects.toMatchObject({
      code: "not-found",
    });
    await expect(countRecordsByYear(provider)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("a court clerk reads its province's cases and suspects, and edits court fields only", () => {
  it("sees cases and suspects in its province, no victims, and none elsewhere", async () => {
    const court = await makeAgencyActor(db, "court");
    const here = await makeCase(db, 12);
    const there = await makeCase(db, 17);
    await db.suspect.create({ data: buildSuspect({ caseId: here.id, name: "Tried Here" }) });
    await db.victim.create({ data: buildVictim({ caseId: here.id, rescueProvinceId: 12 }) });
    const detail = await findCase(court, here.id, request);
    expect(detail.suspects.map((s) => s.name)).toEqual(["Tried Here"]);
    expect(detail.victims).toEqual([]);
    await expect(findCase(court, there.id, request)).rejects.toMatchObject({
      code: "not-found",
    });
    expect((await findVictims(court, filtersOf("victims", {}))).total).toBe(0);
  });

  it("is refused a suspect tried and charged in another province", async () => {
    const court = await makeAgencyActor(db, "court");
    const input = await courtFormIn12();
    await db.suspect.update({ where: { id: input.id }, data: { courtProvinceId: 17 } });
    const before = await fingerprint();
    const result = await runGuarded(updateSuspectCourtSpec, court, request, input);
    expect(result).toMatchObject({ ok: false, code: "not-found" });
    expect(await fingerprint()).toEqual(before);
  });

  it("may not send a case to another province's court", async () => {
    const court = await makeAgencyActor(db, "court");
    const input = { ...(await courtFormIn12()), courtProvinceId: "17" };
    const before = await fingerprint();
    const result = await runGuarded(updateSuspectCourtSpec, court, request, input);
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await fingerprint()).toEqual(before);
  });

  it("changes only court fields, audited as a suspect edit, and is refused the full form", async () => {
    const court = await makeAgencyActor(db, "court");
    const input = await courtFormIn12();
    const before = await db.suspect.findUniqueOrThrow({ where: { id: input.id } });
    const result = await runGuarded(updateSuspectCourtSpec, court, request, {
      ...input,
      name: "Renamed By Court",
      charges: "changed",
    });
    expect(result).toMatchObject({ ok: true });
    const after = await db.suspect.findUniqueOrThrow({ where: { id: input.id } });
    expect(after).toMatchObject({
      name: before.name,
      charges: before.charges,
      courtOutcome: "CONVICTED",
      sentenceMonths: 60,
      courtProvinceId: 12,
      version: 2,
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: input.id, actorId: court.id },
    });
    expect(event.action).toBe("suspect.updated");
    const courtColumns = new Set([
      ...["chargedAt", "courtProvinceId", "chargeArticles", "courtOutcome", "verdictAt"],
      ...["sentenceMonths", "sentenceSuspended", "fineRiel", "appealStatus", "version"],
    ]);
    const changed = Object.keys((event.changes as { fields: object }).fields);
    expect(changed).toContain("courtOutcome");
    expect(changed.filter((field) => !courtColumns.has(field))).toEqual([]);
    const full = await runGuarded(updateSuspectSpec, court, request, {
      ...suspectForm(after.caseId!),
      id: input.id,
      version: "2",
    });
    expect(full).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("refuses a stale court edit rather than overwrite", async () => {
    const court = await makeAgencyActor(db, "court");
    const input = await courtFormIn12();
    expect(await runGuarded(updateSuspectCourtSpec, court, request, input)).toMatchObject({
      ok: true,
    });
    const stale = await runGuarded(updateSuspectCourtSpec, court, request, {
      ...input,
      courtOutcome: "ACQUITTED",
      sentenceMonths: "",
    });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
  });
});
