import type { z } from "zod";
import {
  changeReferralStatusSpec,
  createReferralSpec,
  recordFollowUpSpec,
} from "@/lib/actions/definitions/referrals";
import { runGuarded, type GuardSpec } from "@/lib/auth/guard-core";
import type { ReferralStatus } from "@/lib/generated/prisma/enums";
import { db, request } from "./authorization-matrix";
import type { Row } from "./authorization-rows";
import { makeProvider, makeReferableVictim, referralForm } from "./referrals";

// The referral actions' rows of the authorization matrix (lane "ref", decision 0035). `allowed`
// is for a user of the default agency (the secretariat) scoped to province 12; the provider's own
// staff are tested in lib/data/referral-mutations.int.test.ts.

function row<S extends z.ZodType, T>(
  name: string,
  spec: GuardSpec<S, T>,
  rest: Omit<Row, "name" | "spec" | "run">,
): Row {
  return { name, spec, run: (actor, input) => runGuarded(spec, actor, request, input), ...rest };
}

/** A referral of a victim rescued in province 12, at `status`, made with the factories. */
async function referralIn12(status: ReferralStatus) {
  const provider = await makeProvider(db);
  const victim = await makeReferableVictim(db, 12);
  const at = new Date("2026-01-09T17:00:00Z");
  const referral = await db.referral.create({
    data: {
      victimId: victim.id,
      service: "SHELTER",
      providerId: provider.id,
      referredAt: at,
      status,
      statusAt: at,
      events: { create: { status, at } },
    },
    select: { id: true },
  });
  return referral.id;
}

export const REF_ROWS: Row[] = [
  row("createReferral", createReferralSpec, {
    allowed: ["STAFF"],
    scoped: true,
    input: async () => {
      const provider = await makeProvider(db);
      const victim = await makeReferableVictim(db, 12);
      return referralForm(victim.id, provider.id);
    },
  }),
  row("changeReferralStatus", changeReferralStatusSpec, {
    allowed: ["STAFF"],
    scoped: true,
    input: async () => ({
      id: await referralIn12("REFERRED"),
      version: "1",
      status: "ACCEPTED",
      on: "2026-01-11",
    }),
  }),
  row("recordFollowUp", recordFollowUpSpec, {
    allowed: ["STAFF"],
    scoped: true,
    input: async () => ({
      referralId: await referralIn12("ACCEPTED"),
      visitedOn: "2026-01-12",
      reintegration: "IN_PROGRESS",
    }),
  }),
];
