import { afterAll, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { buildReport } from "@/lib/reports/build-report";
import { uniqueKey } from "@/lib/testing/db";
import { victimForm } from "@/lib/testing/people";
import {
  at,
  db,
  nationalManager,
  publishEvents,
  request,
  seedYear,
  y4,
} from "@/lib/testing/report-publishing";
import { uniquePublishableYear } from "@/lib/testing/publishable-year";
import { makeUser } from "@/lib/testing/users";
import { ZUpdateCase } from "@/lib/validation/case";
import { ZUpdateVictim } from "@/lib/validation/victim";
import { buildCase, buildVictim } from "@/prisma/factories";
import { updateCase } from "./case-mutations";
import { findLatestRevision, findReportRevisions } from "./report-revisions";
import { publishReport } from "./report-publishing";
import { findVictim } from "./victim-detail";
import { updateVictim } from "./victim-mutations";

afterAll(() => db.$disconnect());

describe("revisions of a published report", () => {
  function caseEdit(id: string, version: number, crackedDownOn: string, status = "OPEN") {
    return ZUpdateCase.parse({
      id,
      version: String(version),
      offenceType: "HUMAN_TRAFFICKING",
      provinceId: "12",
      leadAgency: "Anti-Human Trafficking Police",
      crackedDownOn,
      crackedDownTime: "10:00",
      status,
      summary: "",
    });
  }

  function victimEdit(
    id: string,
    version: number,
    caseId: string | null,
    o: Record<string, string>,
  ) {
    return ZUpdateVictim.parse({ ...victimForm(caseId, o), id, version: String(version) });
  }

  it("show the changed figures, old beside new, and who changed which records", async () => {
    const year = await uniquePublishableYear();
    const { kase, movable, child } = await seedYear(year);
    // Rescued in the year, edited while there, then moved to the next year.
    const wanderer = await db.victim.create({
      data: buildVictim({ rescueProvinceId: 12, rescuedAt: at(year, "07-01"), ageAtRescue: 16 }),
    });
    const nextYearCase = await db.case.create({
      data: buildCase({
        reference: `P-${uniqueKey()}`,
        provinceId: 12,
        crackedDownAt: at(year + 1, "02-01"),
      }),
    });
    const manager = await nationalManager();
    await publishReport(manager, { year }, request);

    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const inYear = { rescuedOn: `${y4(year)}-06-15`, rescuedTime: "10:00" };
    // The child was 30, not 10: under 15 → 18 and over.
    await updateVictim(
      staff,
      victimEdit(child.id, 1, kase.id, { ...inYear, dateOfBirth: "", ageAtRescue: "30" }),
      request,
    );
    // One case was cracked down the next January.
    await updateCase(staff, caseEdit(movable.id, 1, `${y4(year + 1)}-01-05`), request);
    // The wanderer: an edit in the year, then a move out of it.
    const wandererForm = { dateOfBirth: "", ageAtRescue: "16", rescuedTime: "10:00" };
    await updateVictim(
      staff,
      victimEdit(wanderer.id, 1, null, {
        ...wandererForm,
        rescuedOn: `${y4(year)}-07-01`,
        sex: "MALE",
      }),
      request,
    );
    await updateVictim(
      staff,
      victimEdit(wanderer.id, 2, null, {
        ...wandererForm,
        rescuedOn: `${y4(year + 1)}-01-02`,
        sex: "MALE",
      }),
      request,
    );
    // Not a record of the year: not listed.
    await updateCase(
      staff,
      caseEdit(nextYearCase.id, 1, `${y4(year + 1)}-02-01`, "CLOSED"),
      request,
    );

    // Reading a victim's page is logged (decision 0026) but changes nothing: not listed.
    await findVictim(staff, wanderer.id, request);

    const revisions = await findReportRevisions(manager, year);
    expect(revisions).toMatchObject({ year, revision: 1, publishedBy: manager.name });
    const [published] = await publishEvents(year);
    expect(revisions!.auditHead).toEqual({ id: String(published!.id), hash: published!.hash });
    const byPath = new Map(revisions!.changes.map((c) => [c.path, c]));
    expect(byPath.get("cases.total")).toMatchObject({ published: 2, current: 1 });
    expect(byPath.get("victims.total")).toMatchObject({ published: 2, current: 1 });
    expect(byPath.get("victims.byAgeBand.under15")).toMatchObject({
      published: 1,
      current: 0,
      label: { section: "victims", figure: "byAgeBand", dimension: "band", key: "under15" },
    });
    expect(byPath.get("victims.byAgeBand.15to17")).toMatchObject({ published: 1, current: 0 });
    expect(byPath.get("victims.byAgeBand.18plus")).toMatchObject({ published: 0, current: 1 });
    expect(byPath.get("victims.bySex.FEMALE")).toMatchObject({ published: 2, current: 1 });
    expect(byPath.has("arrests.total")).toBe(false);

    expect(revisions!.changedByTotal).toBe(4);
    expect(revisions!.changedBy.map((c) => [c.entityType, c.entityId, c.action, c.href])).toEqual([
      ["victim", wanderer.id, "victim.updated", `/victims/${wanderer.id}`],
      ["victim", wanderer.id, "victim.updated", `/victims/${wanderer.id}`],
      ["case", movable.id, "case.updated", `/cases/${movable.id}`],
      ["victim", child.id, "victim.updated", `/victims/${child.id}`],
    ]);
    expect(new Set(revisions!.changedBy.map((c) => c.actorName))).toEqual(new Set([staff.name]));
    // Records are named by reference or pseudonymous code, never by a person's name.
    expect(revisions!.changedBy.map((c) => c.recordLabel)).toEqual([
      wanderer.code,
      wanderer.code,
      movable.reference,
      child.code,
    ]);

    // The page's own report is reused only when it is the live national one with NCCT bands.
    for (const bands of ["ncct", "ctdc"] as const) {
      const pageReport = await buildReport(manager, year, { bands });
      const reused = await findReportRevisions(manager, year, pageReport);
      expect(reused!.changes).toEqual(revisions!.changes);
    }

    // Publishing again freezes the corrected figures as revision 2: nothing differs since.
    await publishReport(manager, { year }, request);
    const after = await findReportRevisions(manager, year);
    expect(after).toMatchObject({ revision: 2, changes: [], changedBy: [], changedByTotal: 0 });
    expect(after!.history.map((h) => h.revision)).toEqual([2, 1]);
  });

  it("are shown to national readers only", async () => {
    const year = await uniquePublishableYear();
    await publishReport(await nationalManager(), { year }, request);
    const auditor = await makeUser(db, "AUDITOR", { nationalScope: true });
    expect(await findReportRevisions(auditor, year)).toMatchObject({ revision: 1 });
    for (const role of ["STAFF", "MANAGER", "AUDITOR"] as const) {
      const scoped = await makeUser(db, role, { provinceIds: [12] });
      expect(await findReportRevisions(scoped, year)).toBeNull();
    }
    const admin = await makeUser(db, "ADMIN", { nationalScope: true });
    await expect(findReportRevisions(admin, year)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("name the latest revision, its hash, note and publisher, and every earlier one", async () => {
    const year = await uniquePublishableYear();
    await seedYear(year);
    const manager = await nationalManager();
    // The publish form offers revision 1 until the year is published.
    expect(await findLatestRevision(manager, year)).toBeNull();
    const first = await publishReport(manager, { year }, request);
    const second = await publishReport(manager, { year, note: "Corrected figures" }, request);
    expect(await findLatestRevision(manager, year)).toEqual({
      revision: 2,
      publishedAt: second.publishedAt,
      sha256: second.sha256,
    });

    const auditor = await makeUser(db, "AUDITOR", { nationalScope: true });
    const revisions = await findReportRevisions(auditor, year);
    expect(revisions).toMatchObject({
      revision: 2,
      sha256: second.sha256,
      note: "Corrected figures",
      publishedBy: manager.name,
    });
    expect(revisions!.history).toEqual([
      {
        revision: 2,
        publishedAt: second.publishedAt,
        publishedBy: manager.name,
        sha256: second.sha256,
      },
      {
        revision: 1,
        publishedAt: first.publishedAt,
        publishedBy: manager.name,
        sha256: first.sha256,
      },
    ]);
    const admin = await makeUser(db, "ADMIN", { nationalScope: true });
    await expect(findLatestRevision(admin, year)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("are absent for a year never published", async () => {
    const year = await uniquePublishableYear();
    expect(await findReportRevisions(await nationalManager(), year)).toBeNull();
  });
});

describe("the next year's report", () => {
  it("compares with the published figures for a national reader, live ones for a scoped one", async () => {
    const year = await uniquePublishableYear();
    await seedYear(year);
    const manager = await nationalManager();
    const published = await publishReport(manager, { year }, request);
    // A case added after publication: live, the year has 3 cases; as published, 2.
    await db.case.create({
      data: buildCase({
        reference: `P-${uniqueKey()}`,
        provinceId: 12,
        crackedDownAt: at(year, "09-09"),
      }),
    });
    // Province 17's case counts nationally only.
    await db.case.create({
      data: buildCase({
        reference: `P-${uniqueKey()}`,
        provinceId: 17,
        crackedDownAt: at(year, "09-10"),
      }),
    });

    const national = await buildReport(manager, year + 1);
    expect(national.comparison).toEqual({
      source: "published",
      publishedAt: published.publishedAt.toISOString(),
      sha256: published.sha256,
      revision: 1,
    });
    expect(national.cases.previous).toBe(2);
    expect(national.victims.previous).toBe(1);

    const scoped: ActingUser = await makeUser(db, "MANAGER", { provinceIds: [12] });
    const local = await buildReport(scoped, year + 1);
    expect(local.comparison).toEqual({ source: "live" });
    expect(local.cases.previous).toBe(3);
  });
});
