import type { Db } from "@/lib/db-client";
import { REFERRAL_STATUSES, REINTEGRATION_STATUSES } from "@/lib/domain/referrals";
import type { ReferralStatus } from "@/lib/generated/prisma/enums";
import { todayInPhnomPenh } from "@/lib/validation/common";
import { SERVICE_TYPES } from "@/lib/validation/victim";
import type { ActionFixtures } from "./action-fixtures";
import type { Target } from "./record-targets";

// The referral actions (decision 0035), as ./record-targets.ts does the records'. Each run acts
// on a referral of its own, made before the run, of the staff member's own live victim.

const FUZZ_PROVIDER = "NGO-FUZZ";
const text = (max: number) => ({ kind: "text", max, required: false }) as const;

/** An NGO offering every service, made once per database. */
async function fuzzProvider(db: Db): Promise<number> {
  const found = await db.agency.findUnique({
    where: { code: FUZZ_PROVIDER },
    select: { id: true },
  });
  if (found) return found.id;
  const made = await db.agency.create({
    data: {
      code: FUZZ_PROVIDER,
      kind: "NGO",
      nameEn: "Fuzz provider",
      nameKm: "អ្នកផ្ដល់សេវាសាកល្បង",
      services: [...SERVICE_TYPES],
    },
    select: { id: true },
  });
  return made.id;
}

async function referralOf(fx: ActionFixtures, status: ReferralStatus): Promise<string> {
  const at = new Date("2026-01-09T17:00:00Z");
  const made = await fx.db.referral.create({
    data: {
      victimId: fx.own.victim.live.id,
      service: "SHELTER",
      providerId: await fuzzProvider(fx.db),
      referredAt: at,
      status,
      statusAt: at,
      events: { create: { status, at } },
    },
    select: { id: true },
  });
  return made.id;
}

export const REFERRAL_TARGETS: Record<string, Target> = {
  createReferralSpec: {
    actor: (fx) => fx.staff,
    fields: {
      victimId: { kind: "uuid" },
      service: { kind: "enum", values: SERVICE_TYPES },
      // Whole numbers with hostile edges; any that names no provider of the service is refused.
      providerId: { kind: "age" },
      referredOn: { kind: "date" },
      note: text(1000),
    },
    base: async (fx) => ({
      victimId: fx.own.victim.live.id,
      service: "SHELTER",
      providerId: String(await fuzzProvider(fx.db)),
      referredOn: "2026-01-10",
      note: "",
    }),
    runs: 40,
    writes: ["referral", "referral_event"],
  },
  changeReferralStatusSpec: {
    actor: (fx) => fx.staff,
    fields: {
      id: { kind: "uuid" },
      version: { kind: "version" },
      status: { kind: "enum", values: REFERRAL_STATUSES },
      on: { kind: "date" },
      note: text(1000),
    },
    base: async (fx) => ({
      id: await referralOf(fx, "REFERRED"),
      version: "1",
      status: "ACCEPTED",
      on: todayInPhnomPenh(),
      note: "",
    }),
    runs: 40,
    writes: ["referral", "referral_event"],
  },
  recordFollowUpSpec: {
    actor: (fx) => fx.staff,
    fields: {
      referralId: { kind: "uuid" },
      visitedOn: { kind: "date" },
      visitedBy: text(200),
      outcome: text(1000),
      reintegration: { kind: "enum", values: REINTEGRATION_STATUSES },
    },
    base: async (fx) => ({
      referralId: await referralOf(fx, "ACCEPTED"),
      visitedOn: todayInPhnomPenh(),
      visitedBy: "",
      outcome: "",
      reintegration: "IN_PROGRESS",
    }),
    runs: 40,
    writes: ["follow_up"],
  },
};
