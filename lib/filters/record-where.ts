import { can, type ActingUser } from "@/lib/auth/acting-user";
import { assertCan, caseScope, suspectScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { personNameKey } from "@/lib/domain/khmer-text";
import { periodRange } from "@/lib/domain/period";
import { SENTENCE_BAND_MONTHS } from "@/lib/domain/sentence-bands";
import { staleCaseWhere } from "@/lib/domain/stale-cases";
import { phnomPenhYearRange } from "@/lib/domain/time";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TRecordFilters } from "./record-filters";

// Parsed filters as Prisma `where` inputs, always inside the user's scope. Victims are filtered in
// SQL instead (victim-where.ts), because their age band is computed from two columns.

/** Soft-deleted records are left out unless asked for, and only those who may restore them may. */
export function deletedWhere(user: ActingUser, f: TRecordFilters) {
  if (f.deleted !== "only") return { deletedAt: null };
  assertCan(user, "write:record");
  return { deletedAt: { not: null } };
}

/** The half-open range of instants in the filter's year, read in Asia/Phnom_Penh; or no date. */
export function yearWhere(year: number | "none" | undefined) {
  if (year === undefined) return undefined;
  if (year === "none") return null;
  const { start, end } = phnomPenhYearRange(year);
  return { gte: start, lt: end };
}

/** The filters' event-date conditions: the year, and the period's dates (both inclusive). */
export function eventDateWhere(f: Pick<TRecordFilters, "year" | "from" | "to">) {
  const parts: ({ gte?: Date; lt?: Date } | null)[] = [];
  const year = yearWhere(f.year);
  if (year !== undefined) parts.push(year);
  if (f.from) parts.push({ gte: periodRange({ from: f.from, to: f.from }).start });
  if (f.to) parts.push({ lt: periodRange({ from: f.to, to: f.to }).end });
  return parts;
}

/** Prisma's `contains` passes % and _ to ILIKE as wildcards; searched text means itself. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function containing(q: string) {
  return { contains: escapeLike(q), mode: "insensitive" as const };
}

/** A person's name, found however its Khmer was typed: through the key the database keeps. */
function nameSearch(q: string): Prisma.SuspectWhereInput {
  const key = personNameKey(q);
  // A query of only invisible characters has no key: it means itself, as any other text.
  return key ? { nameKey: { contains: escapeLike(key) } } : { name: containing(q) };
}

export function caseWhere(user: ActingUser, f: TRecordFilters): Prisma.CaseWhereInput {
  const and: Prisma.CaseWhereInput[] = [caseScope(user), deletedWhere(user, f)];
  for (const range of eventDateWhere(f)) and.push({ crackedDownAt: range });
  // Every case has a province, so "unspecified" selects none.
  if (f.province === "unspecified") and.push({ id: { in: [] } });
  else if (f.province !== undefined) and.push({ provinceId: f.province });
  if (f.offence) and.push({ offenceType: f.offence });
  if (f.status) and.push({ status: f.status });
  if (f.stale) and.push(staleCaseWhere(new Date()));
  if (f.q) and.push({ OR: [{ reference: containing(f.q) }, { leadAgency: containing(f.q) }] });
  return { AND: and };
}

function suspectNationality(value: string): Prisma.SuspectWhereInput {
  switch (value) {
    case "unspecified":
      return { nationality: null };
    case "foreign":
      return { isForeign: true };
    case "foreign-unspecified":
      return { isForeign: true, nationality: null };
    case "unknown":
      return { isForeign: null, nationality: null };
    default:
      return { nationality: value };
  }
}

export function suspectWhere(user: ActingUser, f: TRecordFilters): Prisma.SuspectWhereInput {
  const and: Prisma.SuspectWhereInput[] = [suspectScope(user), deletedWhere(user, f)];
  const dated = { arrest: "arrestedAt", charged: "chargedAt", verdict: "verdictAt" } as const;
  const column = dated[f.dated ?? "arrest"];
  for (const range of eventDateWhere(f)) and.push({ [column]: range });
  if (f.province === "unspecified") and.push({ caseId: null });
  else if (f.province !== undefined) and.push({ case: { provinceId: f.province } });
  if (f.offence) and.push({ case: { offenceType: f.offence } });
  if (f.nationality) and.push(suspectNationality(f.nationality));
  if (f.sex) and.push({ sex: f.sex });
  if (f.hasCase) and.push({ caseId: f.hasCase === "yes" ? { not: null } : null });
  if (f.outcome) and.push({ courtOutcome: f.outcome === "none" ? null : f.outcome });
  if (f.sentence) and.push(sentenceWhere(f.sentence));
  if (f.problem) and.push(problemWhere(f.problem));
  if (f.q) and.push(nameSearch(f.q));
  return { AND: and };
}

function sentenceWhere(band: NonNullable<TRecordFilters["sentence"]>): Prisma.SuspectWhereInput {
  if (band === "unknown") return { sentenceMonths: null };
  if (band === "none") return { sentenceMonths: 0 };
  const [from, to] = SENTENCE_BAND_MONTHS[band];
  return { sentenceMonths: Number.isFinite(to) ? { gte: from, lt: to } : { gte: from } };
}

/** The suspects a quality check lists: two columns of one row compared, by a field reference. */
function problemWhere(problem: NonNullable<TRecordFilters["problem"]>): Prisma.SuspectWhereInput {
  switch (problem) {
    case "verdict-before-arrest":
      return { verdictAt: { lt: db.suspect.fields.arrestedAt } };
  }
}

/** Whether the victim search also matches names: only for those who may read identities. */
export function searchesVictimNames(user: ActingUser): boolean {
  return can(user, "read:victim-identity");
}
