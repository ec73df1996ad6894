import type { ActingUser } from "@/lib/auth/acting-user";
import type { Db } from "@/lib/db-client";
import { todayInPhnomPenh } from "@/lib/validation/common";
import { buildCase } from "@/prisma/factories";
import { uniqueKey } from "./db";

// Helpers for the suspect and victim tests: each test makes its own case and people.

/** A live case of the test's own in `provinceId`. The reference only has to be unique. */
export async function makeCase(db: Db, provinceId: number) {
  return db.case.create({
    data: buildCase({ reference: `TEST-${uniqueKey()}`, provinceId }),
    select: { id: true, provinceId: true },
  });
}

/** A date after today in Phnom Penh (two days ahead, whatever the time zone of the machine). */
export function futureDate() {
  return todayInPhnomPenh(new Date(Date.now() + 2 * 86_400_000));
}

/** What the case form submits: a case in `provinceId` (Phnom Penh, 12, unless told). */
export function caseForm(provinceId = 12) {
  return {
    offenceType: "LABOUR_EXPLOITATION",
    provinceId: String(provinceId),
    leadAgency: "Anti-Human Trafficking Police",
    crackedDownOn: "2017-06-15",
    crackedDownTime: "08:30",
    summary: "",
  };
}

/** What the suspect form submits: strings, blanks for what was left empty. */
export function suspectForm(caseId: string, overrides: Record<string, string | string[]> = {}) {
  return {
    caseId,
    name: `Suspect ${uniqueKey()}`,
    sex: "MALE",
    dateOfBirth: "1980-02-29",
    ageYears: "",
    nationality: "TH",
    role: "BROKER",
    arrestedOn: "2017-06-15",
    arrestedTime: "08:30",
    arrestingUnit: "Anti-Human Trafficking Police",
    charges: "Article 15",
    courtOutcome: "PENDING",
    // Tests about other rules must not trip over another test's similar "Suspect …" names;
    // the duplicate-warning tests ask for the check explicitly.
    duplicateCheck: "skip",
    ...overrides,
  };
}

/** What the victim form submits: someone rescued in province 12 (Phnom Penh), Cambodia. */
export function victimForm(
  caseId: string | null,
  overrides: Record<string, string | string[]> = {},
) {
  return {
    caseId: caseId ?? "",
    name: `Victim ${uniqueKey()}`,
    sex: "FEMALE",
    dateOfBirth: "2001-07-04",
    ageAtRescue: "",
    nationality: "KH",
    homeProvinceId: "8",
    rescuedOn: "2017-06-15",
    rescuedTime: "22:15",
    rescuePlace: "CAMBODIA",
    rescueProvinceId: "12",
    rescueCountry: "",
    rescuingAgency: "POLICE_JUDICIAL",
    exploitationType: "SEXUAL",
    duplicateCheck: "skip",
    ...overrides,
  };
}

const PERSON_STATE = { id: true, version: true, deletedAt: true, updatedAt: true } as const;

/**
 * Everything a refused write by `actor` could have touched: the people of these cases, people
 * the actor created or last changed, and the actor's audit events. Scoped to the test's own data
 * rather than whole tables, so a test run elsewhere on the shared database cannot disturb it.
 */
export async function peopleFingerprint(db: Db, actor: ActingUser, caseIds: string[]) {
  const touched = (ids: string[]) => ({
    OR: [{ caseId: { in: ids } }, { createdById: actor.id }, { updatedById: actor.id }],
  });
  const [suspects, victims, cases, audit] = await Promise.all([
    db.suspect.findMany({ where: touched(caseIds), select: PERSON_STATE, orderBy: { id: "asc" } }),
    db.victim.findMany({ where: touched(caseIds), select: PERSON_STATE, orderBy: { id: "asc" } }),
    db.case.findMany({ where: { id: { in: caseIds } }, select: PERSON_STATE }),
    db.auditEvent.count({ where: { actorId: actor.id } }),
  ]);
  return { suspects, victims, cases, audit };
}
