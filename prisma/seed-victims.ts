// The demo victims rescued in Cambodia in one year. Most belong to a case of the province they
// were rescued in, rescued in its raid; some have no case. 2017's ages hit NCCT's band totals
// exactly, birthdays on the bands' edges included; 2016's are synthetic, a few unknown.
import { PROVINCES } from "@/lib/domain/provinces";
import type { ExploitationType, ServiceType } from "@/lib/generated/prisma/enums";
import {
  ageOn,
  atPhnomPenh,
  dateOfBirthFor,
  laterInSameYear,
  phnomPenhDateOf,
  randomInstantIn,
} from "./seed-calendar";
import type { PlannedCase } from "./seed-cases";
import { AGE_BANDS_2017, type YearPlan } from "./seed-plan";
import { intBetween, pickOne, pickSome, pickWeighted, shuffle, spentDraws } from "./seed-random";
import type { Rng, SeedContext } from "./seed-random";
import { buildVictim } from "./factories";

/** Years of age at rescue; with `daysBefore`, stored as a date of birth that many days before
 * that birthday (see dateOfBirthFor), otherwise as the age. Null: age unknown. */
export type AgeSpec = { years: number | null; daysBefore?: number };
type Special = { provinceId: number; at: Date; years: number; daysBefore: number };

// The edges of the rules a report applies, on purpose (each counts in its province's plan).
const SPECIALS_2017: Special[] = [
  // 23:30 on 31 December in Phnom Penh: 2017, though already 2018 in UTC+8 and east of it.
  { provinceId: 12, at: atPhnomPenh(2017, 12, 31, 23, 30), years: 16, daysBefore: 40 },
  // Her 15th birthday at 05:00 in Phnom Penh, still the day before in UTC: 15–17, not under 15.
  { provinceId: 12, at: atPhnomPenh(2017, 3, 10, 5, 0), years: 15, daysBefore: 0 },
  // The day before a 15th birthday: under 15.
  { provinceId: 17, at: atPhnomPenh(2017, 6, 1, 10, 0), years: 15, daysBefore: -1 },
  // An 18th birthday: 18 and over; the day before one: 15–17.
  { provinceId: 1, at: atPhnomPenh(2017, 8, 20, 14, 0), years: 18, daysBefore: 0 },
  { provinceId: 2, at: atPhnomPenh(2017, 9, 5, 11, 0), years: 18, daysBefore: -1 },
];

const BAND_AGES = { under15: [8, 14], "15to17": [15, 17], "18plus": [18, 45] } as const;
type Band = keyof typeof BAND_AGES;

function bandOf(years: number): Band {
  return years < 15 ? "under15" : years < 18 ? "15to17" : "18plus";
}

/** The ages of a year's `count` ordinary victims, shuffled: 2017's make up the band totals with
 * the special victims; 2016's are spread plausibly, with three unknown. */
function planAges(rng: Rng, year: number, count: number, specials: Special[]): AgeSpec[] {
  const quota: Record<Band, number> =
    year === 2017 ? { ...AGE_BANDS_2017 } : { under15: 0, "15to17": 0, "18plus": 0 };
  for (const s of specials) {
    quota[bandOf(ageOn(dateOfBirthFor(s.at, s.years, s.daysBefore), phnomPenhDateOf(s.at)))]--;
  }
  const bands: (Band | null)[] =
    year === 2017
      ? (Object.keys(quota) as Band[]).flatMap((b) => Array<Band>(quota[b]).fill(b))
      : Array.from({ length: count }, (_, i) =>
          i < 3 ? null : pickWeighted(rng, { under15: 40, "15to17": 15, "18plus": 45 }),
        );
  if (bands.length !== count) throw new Error(`${year}: ${bands.length} ages for ${count} victims`);
  return shuffle(rng, bands).map((band) => {
    if (!band) return { years: null };
    const [youngest, oldest] = BAND_AGES[band];
    const years = intBetween(rng, youngest, oldest);
    return rng() < 0.55 ? { years, daysBefore: intBetween(rng, 1, 364) } : { years };
  });
}

const EXPLOITATION_OF_OFFENCE: Record<string, ExploitationType[]> = {
  SEXUAL_EXPLOITATION: ["SEXUAL"],
  HUMAN_TRAFFICKING: ["SEXUAL", "LABOUR", "DOMESTIC_SERVITUDE", "BEGGING"],
  LABOUR_EXPLOITATION: ["LABOUR"],
  FORCED_MARRIAGE: ["FORCED_MARRIAGE"],
  OTHER: ["OTHER", "UNKNOWN"],
};
const SERVICES: ServiceType[] = ["SHELTER", "MEDICAL", "PSYCHOSOCIAL", "LEGAL", "REINTEGRATION"];

function ageFields(age: AgeSpec, rescuedAt: Date) {
  if (age.years === null) return { ageAtRescue: null };
  if (age.daysBefore === undefined) return { ageAtRescue: age.years };
  return { ageAtRescue: null, dateOfBirth: dateOfBirthFor(rescuedAt, age.years, age.daysBefore) };
}

function buildDomesticVictim(
  ctx: SeedContext,
  provinceId: number,
  rescuedAt: Date,
  age: AgeSpec,
  c?: PlannedCase,
) {
  const { rng } = ctx;
  const exploitationType = pickOne(
    rng,
    EXPLOITATION_OF_OFFENCE[c?.offenceType ?? "HUMAN_TRAFFICKING"]!,
  );
  const sex =
    exploitationType === "SEXUAL"
      ? pickWeighted(rng, { FEMALE: 95, MALE: 5 })
      : pickWeighted(rng, { FEMALE: 60, MALE: 38, UNKNOWN: 2 });
  return buildVictim({
    caseId: c?.id ?? null,
    name: ctx.nameOf(),
    sex,
    ...ageFields(age, rescuedAt),
    nationality: "KH",
    homeProvinceId: rng() < 0.6 ? provinceId : pickOne(rng, PROVINCES).id,
    rescuedAt,
    rescueProvinceId: provinceId,
    rescuingAgency: "POLICE_JUDICIAL",
    exploitationType,
    ...spentDraws(pickSome(rng, SERVICES, 3)),
    ...ctx.by,
  });
}

export function buildDomesticVictims(ctx: SeedContext, plan: YearPlan, cases: PlannedCase[]) {
  const { rng } = ctx;
  const specials = plan.year === 2017 ? SPECIALS_2017 : [];
  const slots = plan.provinces.flatMap((p) => {
    const local = cases.filter((c) => c.provinceId === p.provinceId && !c.deleted);
    const count = p.victims - specials.filter((s) => s.provinceId === p.provinceId).length;
    return Array.from({ length: count }, () => {
      // Most were rescued in a local case's raid, within four hours of it.
      const c = local.length > 0 && rng() < 0.9 ? pickOne(rng, local) : undefined;
      const at = c
        ? laterInSameYear(c.crackedDownAt, intBetween(rng, 0, 240))
        : randomInstantIn(rng, plan.year);
      return { provinceId: p.provinceId, at, c };
    });
  });
  const ages = planAges(rng, plan.year, slots.length, specials);
  const victims = slots.map((s, i) => buildDomesticVictim(ctx, s.provinceId, s.at, ages[i]!, s.c));
  for (const s of specials) {
    // Linked to a local case cracked down earlier the same day, if there is one.
    const day = JSON.stringify(phnomPenhDateOf(s.at));
    const c = cases.find(
      (k) =>
        k.provinceId === s.provinceId &&
        !k.deleted &&
        k.crackedDownAt <= s.at &&
        JSON.stringify(phnomPenhDateOf(k.crackedDownAt)) === day,
    );
    victims.push(buildDomesticVictim(ctx, s.provinceId, s.at, s, c));
  }
  // A soft-deleted victim in Phnom Penh, which must never count.
  if (plan.year === 2017) {
    const at = randomInstantIn(rng, plan.year);
    victims.push({ ...buildDomesticVictim(ctx, 12, at, { years: 16 }), deletedAt: ctx.now });
  }
  return victims;
}
