// The demo Cambodians rescued abroad by the Ministry of Foreign Affairs in 2017, by country as
// NCCT reported them. They have no domestic case and no province of rescue (the schema forbids
// one abroad), so only national-scope users see them, as the app intends.
import type { ExploitationType, ServiceType } from "@/lib/generated/prisma/enums";
import { atPhnomPenh, dateOfBirthFor, randomInstantIn } from "./seed-calendar";
import { RESCUED_ABROAD_2017 } from "./seed-plan";
import {
  intBetween,
  pickOne,
  pickSome,
  pickWeighted,
  spentDraws,
  type SeedContext,
} from "./seed-random";
import { buildVictim } from "./factories";

// Fixed dates, on purpose: 02:00 on 1 January in Phnom Penh (still 2016 in UTC) counts in 2017;
// and the latest rescue abroad is in Malaysia, the country with the most.
const FIXED_RESCUES: Record<string, Date[]> = {
  TH: [atPhnomPenh(2017, 1, 1, 2, 0)],
  MY: [atPhnomPenh(2017, 12, 31, 10, 0)],
};

const EXPLOITATION: Record<string, Record<string, number>> = {
  MY: { DOMESTIC_SERVITUDE: 50, LABOUR: 45, SEXUAL: 5 },
  TH: { LABOUR: 85, BEGGING: 8, SEXUAL: 7 },
  CN: { FORCED_MARRIAGE: 90, LABOUR: 10 },
  other: { LABOUR: 70, UNKNOWN: 30 },
};

const HOME_PROVINCES = [1, 2, 3, 4, 5, 6, 14, 15, 20, 21, 22, 25];
const AFTERCARE: ServiceType[] = ["REINTEGRATION", "MEDICAL", "PSYCHOSOCIAL"];

function buildRescueAbroad(ctx: SeedContext, country: string | null, rescuedAt: Date) {
  const { rng } = ctx;
  const exploitationType = pickWeighted(
    rng,
    EXPLOITATION[country ?? ""] ?? EXPLOITATION.other!,
  ) as ExploitationType;
  const sex =
    exploitationType === "FORCED_MARRIAGE" || exploitationType === "DOMESTIC_SERVITUDE"
      ? "FEMALE"
      : pickWeighted(rng, { MALE: 55, FEMALE: 45 });
  const years = rng() < 0.06 ? intBetween(rng, 15, 17) : intBetween(rng, 18, 45);
  return buildVictim({
    name: ctx.nameOf(),
    sex,
    ...(rng() < 0.15
      ? {
          ageAtRescue: null,
          dateOfBirth: dateOfBirthFor(rescuedAt, years, intBetween(rng, 1, 364)),
        }
      : { ageAtRescue: years }),
    nationality: "KH",
    homeProvinceId: pickOne(rng, HOME_PROVINCES),
    rescuedAt,
    rescuedAbroad: true,
    rescueProvinceId: null,
    rescueCountry: country,
    rescuingAgency: "FOREIGN_AFFAIRS",
    exploitationType,
    ...spentDraws(rng() < 0.5 ? pickSome(rng, AFTERCARE, 2) : []),
    ...ctx.by,
  });
}

export function buildRescuesAbroad(ctx: SeedContext) {
  const victims = RESCUED_ABROAD_2017.flatMap(({ country, count }) => {
    const fixed = FIXED_RESCUES[country ?? ""] ?? [];
    return Array.from({ length: count }, (_, i) =>
      buildRescueAbroad(ctx, country, fixed[i] ?? randomInstantIn(ctx.rng, 2017)),
    );
  });
  // A soft-deleted rescue in Malaysia, which must never count.
  const deleted = buildRescueAbroad(ctx, "MY", randomInstantIn(ctx.rng, 2017));
  return [...victims, { ...deleted, deletedAt: ctx.now }];
}
