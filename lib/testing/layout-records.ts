import { expect } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import type { Db } from "@/lib/db-client";
import { findCases } from "@/lib/data/cases";
import { findSuspects } from "@/lib/data/suspects";
import { findVictims } from "@/lib/data/victims";
import { parseRecordFilters, RECORD_KINDS, type TRecordKind } from "@/lib/filters/record-filters";
import type { TLayoutCell, TLayoutDocument } from "@/lib/reports/layouts/types";
import { buildCase, buildSuspect, buildVictim } from "@/prisma/factories";
import { uniqueKey } from "./db";
import { y4 } from "./report-year-records";

// Records for the layouts' integration tests, with their expected figures worked out by hand in
// the tests: a TIP period (1 April Y – 31 March Y+1) and the calendar year Y, with the edge cases
// the layouts' rules turn on.

/** In Phnom Penh time. */
const pp = (date: string, time = "10:00") => new Date(`${date}T${time}:00+07:00`);

export async function seedLayoutRecords(db: Db, year: number) {
  const key = uniqueKey();
  const Y = y4(year);
  const Y1 = y4(year + 1);
  const kase = (n: number, data: Partial<Parameters<typeof buildCase>[0]>) =>
    db.case.create({ data: buildCase({ reference: `L-${key}-${n}`, provinceId: 12, ...data }) });
  const c1 = await kase(1, { crackedDownAt: pp(`${Y}-04-01`, "00:30") });
  const c2 = await kase(2, {
    provinceId: 17,
    offenceType: "LABOUR_EXPLOITATION",
    crackedDownAt: pp(`${Y1}-03-31`, "23:30"),
  });
  // The day before the TIP period, and a deleted case in it: neither counts.
  await kase(3, { offenceType: "LABOUR_EXPLOITATION", crackedDownAt: pp(`${Y}-03-31`, "23:30") });
  await kase(4, {
    offenceType: "LABOUR_EXPLOITATION",
    crackedDownAt: pp(`${Y}-05-05`),
    deletedAt: new Date(),
  });

  const suspect = (data: Parameters<typeof buildSuspect>[0]) =>
    db.suspect.create({ data: buildSuspect(data) });
  // Convicted at 23:30 on 31 March, Phnom Penh time: the last day of the TIP period.
  await suspect({
    caseId: c1.id,
    arrestedAt: pp(`${Y}-05-01`),
    chargedAt: pp(`${Y}-06-01`),
    courtOutcome: "CONVICTED",
    verdictAt: pp(`${Y1}-03-31`, "23:30"),
  });
  // Foreign, nationality not known; a labour case; convicted.
  await suspect({
    caseId: c2.id,
    sex: "FEMALE",
    nationality: null,
    isForeign: true,
    arrestedAt: pp(`${Y}-05-02`),
    chargedAt: pp(`${Y}-07-01`),
    courtOutcome: "CONVICTED",
    verdictAt: pp(`${Y}-12-01`),
  });
  // Acquitted: prosecuted, not convicted.
  await suspect({
    caseId: c2.id,
    arrestedAt: pp(`${Y}-05-03`),
    chargedAt: pp(`${Y}-07-02`),
    courtOutcome: "ACQUITTED",
    verdictAt: pp(`${Y}-12-02`),
  });
  // Not known whether foreign; no case; never charged.
  await suspect({
    caseId: null,
    sex: "UNKNOWN",
    nationality: null,
    isForeign: null,
    arrestedAt: pp(`${Y}-06-01`),
  });
  // Charged before the TIP period, convicted just after it (00:30 on 1 April).
  await suspect({
    caseId: c1.id,
    nationality: "TH",
    isForeign: true,
    arrestedAt: pp(`${Y}-02-01`),
    chargedAt: pp(`${Y}-03-15`),
    courtOutcome: "CONVICTED",
    verdictAt: pp(`${Y1}-04-01`, "00:30"),
  });
  await suspect({ caseId: c2.id, arrestedAt: pp(`${Y}-05-04`), deletedAt: new Date() });

  const victim = (data: Parameters<typeof buildVictim>[0]) =>
    db.victim.create({ data: buildVictim({ rescuedAt: pp(`${Y}-06-15`), ...data }) });
  // 17 years and 364 days old at the rescue: a child.
  await victim({
    rescueProvinceId: 12,
    caseId: c1.id,
    dateOfBirth: new Date(`${y4(year - 18)}-06-16`),
    ageAtRescue: null,
  });
  await victim({
    rescuedAbroad: true,
    rescueCountry: "MY",
    rescuingAgency: "FOREIGN_AFFAIRS",
    ageAtRescue: 25,
    exploitationType: "LABOUR",
  });
  await victim({
    rescueProvinceId: 17,
    sex: "MALE",
    ageAtRescue: 30,
    exploitationType: "BEGGING",
    nationality: "VN",
  });
  await victim({
    rescueProvinceId: 17,
    sex: "MALE",
    ageAtRescue: null,
    dateOfBirth: null,
    exploitationType: "DOMESTIC_SERVITUDE",
    nationality: null,
  });
  // In the TIP period, not in the calendar year.
  await victim({
    rescueProvinceId: 12,
    rescuedAt: pp(`${Y1}-01-10`),
    ageAtRescue: 12,
    exploitationType: "FORCED_MARRIAGE",
    nationality: "TH",
  });
  await victim({ rescueProvinceId: 12, deletedAt: new Date() });
}

/** Every cell of a layout document, with a name saying where it is. */
export function layoutCells(doc: TLayoutDocument): [string, TLayoutCell][] {
  const out: [string, TLayoutCell][] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === "object") {
      if ("list" in value && "count" in value) out.push([path, value as TLayoutCell]);
      else for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    }
  };
  walk(doc, "");
  return out;
}

/** How many records the list at `href` (/suspects?…) shows the user, through the list's code. */
export async function hrefCount(user: ActingUser, href: string): Promise<number> {
  const url = new URL(href, "http://localhost");
  const kind = url.pathname.slice(1) as TRecordKind;
  expect(RECORD_KINDS).toContain(kind);
  const { filters, errors } = parseRecordFilters(kind, Object.fromEntries(url.searchParams));
  expect(errors).toEqual({});
  const find = { cases: findCases, suspects: findSuspects, victims: findVictims }[kind];
  return (await find(user, filters)).total;
}
