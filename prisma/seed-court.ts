// The demo suspects' court proceedings (decision 0029): clearly synthetic, plausible in shape.
// Drawn from a generator of their own, so adding them left every other demo record, and so every
// NCCT figure the seed reproduces, exactly as it was.
import type { AppealStatus, CourtOutcome } from "@/lib/generated/prisma/client";
import { intBetween, mulberry32, pickWeighted, type Rng } from "./seed-random";

const DAY_MS = 86_400_000;

/** What each demo charge text is charged under (lib/domain/charges.ts codes). */
export const CHARGE_ARTICLES: Record<string, string[]> = {
  "Unlawful removal for cross-border transfer": ["LSHTSE-11"],
  "Procurement for prostitution": ["LSHTSE-25"],
  "Sale, buying or exchange of a person": ["LSHTSE-15"],
  "Management of an establishment for prostitution": ["LSHTSE-30"],
  "Unlawful removal for forced labour": ["LSHTSE-10"],
};

/** Prison bands in years: the trafficking articles' longer than the prostitution ones'. */
const SENTENCE_YEARS: Record<string, [number, number]> = {
  "LSHTSE-10": [7, 20],
  "LSHTSE-11": [7, 20],
  "LSHTSE-15": [7, 15],
  "LSHTSE-25": [2, 5],
  "LSHTSE-30": [2, 10],
};

export function courtRng(year: number): Rng {
  return mulberry32(0xc0de + year);
}

/** A working hour in Phnom Penh (UTC+7), `days` after `from`. */
function workingHourAfter(rng: Rng, from: Date, days: number): Date {
  const day = new Date(from.getTime() + days * DAY_MS);
  const midnightPp =
    Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()) - 7 * 3_600_000;
  return new Date(midnightPp + intBetween(rng, 8 * 60, 16 * 60) * 60_000);
}

/** The demo's verdicts fall by the end of 2018: months after the charge, never later. */
const LAST_VERDICT = Date.UTC(2018, 11, 28, 2);

function verdictAfter(rng: Rng, chargedAt: Date): Date {
  const verdict = workingHourAfter(rng, chargedAt, intBetween(rng, 90, 420));
  return verdict.getTime() <= LAST_VERDICT ? verdict : new Date(LAST_VERDICT);
}

type Arrest = {
  arrestedAt: Date;
  provinceId: number;
  charges: string;
  courtOutcome: CourtOutcome;
};

/**
 * An arrested suspect's proceedings: most charged days to weeks after the arrest in their case's
 * province; a verdict months later unless pending (a few convictions kept with no verdict date,
 * as legacy records are); sentences in the band of the article, some suspended, some fines;
 * a share of appeals.
 */
export function buildCourtRecord(rng: Rng, a: Arrest) {
  // One in ten was never charged on record: the verdict the seed drew for them stays, alone.
  if (rng() >= 0.9) return { charges: a.charges, courtOutcome: a.courtOutcome };
  const articles = CHARGE_ARTICLES[a.charges] ?? [];
  const chargedAt = workingHourAfter(rng, a.arrestedAt, intBetween(rng, 2, 40));
  const decided = a.courtOutcome !== "PENDING";
  const dated = decided && rng() < 0.95;
  const verdictAt = dated ? verdictAfter(rng, chargedAt) : null;
  const convicted = a.courtOutcome === "CONVICTED";
  const [low, high] = SENTENCE_YEARS[articles[0] ?? ""] ?? [2, 10];
  const appealStatus = decided
    ? (pickWeighted(rng, {
        NONE: 55,
        LODGED: 20,
        UPHELD: 15,
        VARIED: 7,
        OVERTURNED: 3,
      }) as AppealStatus)
    : null;
  return {
    chargedAt,
    courtProvinceId: a.provinceId,
    chargeArticles: articles,
    charges: a.charges,
    courtOutcome: a.courtOutcome,
    verdictAt,
    sentenceMonths: convicted ? intBetween(rng, low * 12, high * 12) : null,
    sentenceSuspended: convicted ? rng() < 0.1 : null,
    fineRiel: convicted && rng() < 0.6 ? intBetween(rng, 1, 20) * 1_000_000 : null,
    appealStatus,
  };
}
