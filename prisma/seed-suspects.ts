// The demo suspects of one year. Every arrest belongs to a live case of the same year, arrested
// on the day of the crack-down or within the following month (never past the year's end).
import type { CourtOutcome, Prisma } from "@/lib/generated/prisma/client";
import { laterInSameYear } from "./seed-calendar";
import type { PlannedCase } from "./seed-cases";
import { FOREIGN_SUSPECTS_2017, type YearPlan } from "./seed-plan";
import { buildCourtRecord, courtRng } from "./seed-court";
import {
  intBetween,
  pickOne,
  pickWeighted,
  shuffle,
  type Rng,
  type SeedContext,
} from "./seed-random";
import { buildSuspect } from "./factories";

const CHARGES = [
  "Unlawful removal for cross-border transfer",
  "Procurement for prostitution",
  "Sale, buying or exchange of a person",
  "Management of an establishment for prostitution",
  "Unlawful removal for forced labour",
];

const OUTCOMES: Record<number, Record<string, number>> = {
  2016: { CONVICTED: 60, PENDING: 30, ACQUITTED: 5, DISMISSED: 5 },
  2017: { PENDING: 80, CONVICTED: 20 },
};

function buildPerson(ctx: SeedContext, c: PlannedCase) {
  const { rng } = ctx;
  const knowsBirth = rng() < 0.3;
  return {
    caseId: c.id,
    name: ctx.nameOf(),
    sex: pickWeighted(rng, { MALE: 72, FEMALE: 28 }),
    ...(knowsBirth
      ? { dateOfBirth: new Date(Date.UTC(intBetween(rng, 1955, 1998), 0, intBetween(rng, 1, 365))) }
      : { ageYears: intBetween(rng, 19, 62) }),
    role: pickWeighted(rng, {
      RECRUITER: 30,
      BROKER: 25,
      TRANSPORTER: 10,
      EXPLOITER: 30,
      OTHER: 5,
    }),
    ...ctx.by,
  };
}

function buildArrest(
  ctx: SeedContext,
  court: Rng,
  c: PlannedCase,
  arrestedAt: Date,
  nationality: string | null,
) {
  const person = buildPerson(ctx, c);
  // Drawn in this order from the shared generator, as before court proceedings existed.
  const charges = pickOne(ctx.rng, CHARGES);
  const courtOutcome = pickWeighted(ctx.rng, OUTCOMES[c.year]!) as CourtOutcome;
  return buildSuspect({
    ...person,
    nationality,
    isForeign: nationality !== "KH",
    arrestedAt,
    arrestingUnit: c.leadAgency,
    ...buildCourtRecord(court, { arrestedAt, provinceId: c.provinceId, charges, courtOutcome }),
  });
}

export function buildSuspects(
  ctx: SeedContext,
  plan: YearPlan,
  cases: PlannedCase[],
): Prisma.SuspectUncheckedCreateInput[] {
  const { rng } = ctx;
  const court = courtRng(plan.year);
  const live = cases.filter((c) => !c.deleted);
  // Each case made at least one arrest; the others fall on cases at random.
  const extra = Array.from({ length: plan.arrests - live.length }, () => pickOne(rng, live));
  const arrestCases = [...live, ...extra];
  const foreign = plan.year === 2017 ? FOREIGN_SUSPECTS_2017 : [];
  const order = shuffle(
    rng,
    arrestCases.map((_, i) => i),
  );
  const foreignAt = new Map(foreign.map((nationality, k) => [order[k]!, nationality]));
  const arrests = arrestCases.map((c, i) => {
    // The first arrest of a case is made in the raid itself, the others later.
    const minutes = i < live.length ? intBetween(rng, 30, 300) : intBetween(rng, 1, 30) * 24 * 60;
    const nationality = foreignAt.has(i) ? foreignAt.get(i)! : "KH";
    return buildArrest(ctx, court, c, laterInSameYear(c.crackedDownAt, minutes), nationality);
  });
  // Suspects still at large: no arrest date, so no year counts them.
  const atLarge = Array.from({ length: plan.notArrested }, () => {
    const known = rng() < 0.7;
    return buildSuspect({
      ...buildPerson(ctx, pickOne(rng, live)),
      nationality: known ? "KH" : null,
      isForeign: known ? false : null,
    });
  });
  // A soft-deleted arrest, which must never count, even as a foreign suspect.
  if (plan.year !== 2017) return [...arrests, ...atLarge];
  const first = live[0]!;
  const deleted = buildArrest(ctx, court, first, laterInSameYear(first.crackedDownAt, 60), "VN");
  return [...arrests, ...atLarge, { ...deleted, deletedAt: ctx.now }];
}
