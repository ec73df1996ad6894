// The demo cases of one year: when and where each was cracked down, and what it is about. They get
// their references later, from the database, in the order built here (chronological per province).
import { randomUUID } from "node:crypto";
import { PROVINCES } from "@/lib/domain/provinces";
import type { CaseStatus, OffenceType } from "@/lib/generated/prisma/enums";
import { atPhnomPenh, randomInstantIn } from "./seed-calendar";
import type { YearPlan } from "./seed-plan";
import { pickOne, pickWeighted, type Rng } from "./seed-random";

export type PlannedCase = {
  id: string;
  year: number;
  provinceId: number;
  crackedDownAt: Date;
  offenceType: OffenceType;
  leadAgency: string;
  status: CaseStatus;
  deleted: boolean;
};

// Boundary cases, on purpose: 00:15 on 1 January in Phnom Penh is still 31 December in UTC, and
// the evening of 31 December is the year's last hours. Each takes one of its province's planned
// cases, and is that province's first or last of the year (so PNP-2017-0001 is 2017's first case).
const FIXED_CASES: Record<number, { provinceId: number; at: Date }[]> = {
  2016: [
    { provinceId: 2, at: atPhnomPenh(2016, 1, 1, 0, 30) },
    { provinceId: 8, at: atPhnomPenh(2016, 12, 31, 21, 0) },
  ],
  2017: [
    { provinceId: 12, at: atPhnomPenh(2017, 1, 1, 0, 15) },
    { provinceId: 12, at: atPhnomPenh(2017, 12, 31, 23, 0) },
  ],
};

/** A soft-deleted case that must never count: 2017, Kandal, with nobody linked (as the app
 * requires before a case may be deleted). */
const DELETED_CASES: Record<number, number[]> = { 2017: [8] };

const OFFENCES = {
  SEXUAL_EXPLOITATION: 40,
  HUMAN_TRAFFICKING: 35,
  LABOUR_EXPLOITATION: 12,
  FORCED_MARRIAGE: 8,
  OTHER: 5,
} as const;

// Older cases have moved further through the courts.
const STATUSES: Record<number, Record<string, number>> = {
  2016: { CLOSED: 50, IN_COURT: 30, PROSECUTION: 20 },
  2017: { OPEN: 10, INVESTIGATION: 35, PROSECUTION: 30, IN_COURT: 20, CLOSED: 5 },
};

function leadAgencyFor(rng: Rng, provinceId: number): string {
  if (provinceId === 12) return "Phnom Penh Anti-Human Trafficking and Juvenile Protection Office";
  const province = PROVINCES.find((p) => p.id === provinceId)!.nameEn;
  return pickOne(rng, [
    "Anti-Human Trafficking and Juvenile Protection Police",
    `${province} Provincial Anti-Human Trafficking Office`,
    `${province} Provincial Court Prosecutor`,
  ]);
}

/** The year's cases, oldest first; no two share a crack-down instant, so list order is stable. */
export function planCases(rng: Rng, plan: YearPlan): PlannedCase[] {
  const fixed = [...(FIXED_CASES[plan.year] ?? [])];
  const used = new Set(fixed.map((f) => f.at.getTime()));
  const uniqueInstant = () => {
    let at = randomInstantIn(rng, plan.year);
    while (used.has(at.getTime())) at = randomInstantIn(rng, plan.year);
    used.add(at.getTime());
    return at;
  };
  const slots = plan.provinces.flatMap((p) =>
    Array.from({ length: p.cases }, () => ({ provinceId: p.provinceId, deleted: false })),
  );
  for (const provinceId of DELETED_CASES[plan.year] ?? [])
    slots.push({ provinceId, deleted: true });
  const cases = slots.map(({ provinceId, deleted }): PlannedCase => {
    const i = fixed.findIndex((f) => f.provinceId === provinceId && !deleted);
    const crackedDownAt = i >= 0 ? fixed.splice(i, 1)[0]!.at : uniqueInstant();
    return {
      id: randomUUID(),
      year: plan.year,
      provinceId,
      crackedDownAt,
      offenceType: pickWeighted(rng, OFFENCES),
      leadAgency: leadAgencyFor(rng, provinceId),
      status: pickWeighted(rng, STATUSES[plan.year]!) as CaseStatus,
      deleted,
    };
  });
  return cases.sort((a, b) => a.crackedDownAt.getTime() - b.crackedDownAt.getTime());
}
