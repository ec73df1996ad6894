// The demo referrals and follow-up visits (decision 0035): a few hundred of the 2016–2017 victims
// rescued in Cambodia, referred to their province's social affairs department (DOSVY-*), the
// ministry (MoSVY) or the demo shelter, with the statuses and visits a year of casework leaves.
// A random stream of its own, drawn after every other record is built, so no existing figure moves.
import { randomUUID } from "node:crypto";
import { SOCIAL_AFFAIRS_AGENCY_ID } from "@/lib/domain/agencies";
import type { Prisma, ReferralStatus, ServiceType } from "@/lib/generated/prisma/client";
import { DEMO_SHELTER_CODE } from "./demo-agencies";
import { intBetween, mulberry32, pickOne, pickWeighted, type Rng } from "./seed-random";

const SEED = 20_170_402;
/** About one victim rescued in Cambodia in three is referred; some to two services. */
const REFERRED_SHARE = 0.33;
const DAY = 86_400_000;

const SERVICES: ServiceType[] = ["SHELTER", "PSYCHOSOCIAL", "MEDICAL", "REINTEGRATION"];
const MORE: ServiceType[] = ["VOCATIONAL", "EDUCATION", "LEGAL"];
const SHELTER_SERVICES = new Set<ServiceType>(["SHELTER", "PSYCHOSOCIAL", "MEDICAL"]);

/** How a referral ended up, with the steps it took. */
const PATHS: Record<string, ReferralStatus[]> = {
  waiting: ["REFERRED"],
  accepted: ["REFERRED", "ACCEPTED"],
  provided: ["REFERRED", "ACCEPTED", "PROVIDED"],
  done: ["REFERRED", "ACCEPTED", "PROVIDED", "CLOSED"],
  declined: ["REFERRED", "DECLINED"],
  dropped: ["REFERRED", "ACCEPTED", "CLOSED"],
};
const PATH_WEIGHTS = { waiting: 6, accepted: 10, provided: 34, done: 36, declined: 8, dropped: 6 };

type Victim = { id: string; rescued_at: Date; province_code: string };
type Providers = { shelter: number | null; dosvy: Map<string, number> };

async function loadProviders(tx: Prisma.TransactionClient): Promise<Providers> {
  const agencies = await tx.agency.findMany({
    where: { OR: [{ code: DEMO_SHELTER_CODE }, { code: { startsWith: "DOSVY-" } }] },
    select: { id: true, code: true },
  });
  const shelter = agencies.find((a) => a.code === DEMO_SHELTER_CODE)?.id ?? null;
  return {
    shelter,
    dosvy: new Map(agencies.map((a) => [a.code.replace("DOSVY-", ""), a.id])),
  };
}

function providerFor(rng: Rng, p: Providers, service: ServiceType, province: string): number {
  if (p.shelter !== null && SHELTER_SERVICES.has(service) && rng() < 0.4) return p.shelter;
  return rng() < 0.75
    ? (p.dosvy.get(province) ?? SOCIAL_AFFAIRS_AGENCY_ID)
    : SOCIAL_AFFAIRS_AGENCY_ID;
}

const after = (from: Date, rng: Rng, min: number, max: number) =>
  new Date(from.getTime() + intBetween(rng, min, max) * DAY);

/** Reintegration improves, mostly, visit by visit; a few are lost or at risk again. */
function visitStatus(rng: Rng, visit: number) {
  if (visit === 0) return pickWeighted(rng, { NOT_STARTED: 2, IN_PROGRESS: 7, AT_RISK: 1 });
  return pickWeighted(rng, {
    IN_PROGRESS: 4,
    REINTEGRATED: 4 + visit * 2,
    AT_RISK: 1,
    LOST_CONTACT: 1,
    RE_TRAFFICKED: visit > 1 ? 0.3 : 0,
  });
}

/**
 * Inserts the demo referrals of the victims `createdById` seeded, inside the caller's transaction.
 * Victims are taken in the order of their fictional names, so every run picks the same ones.
 */
export async function loadDemoReferrals(tx: Prisma.TransactionClient, createdById: string) {
  const rng = mulberry32(SEED);
  const providers = await loadProviders(tx);
  const victims = await tx.$queryRaw<Victim[]>`
    SELECT v.id, v.rescued_at, p.code AS province_code
      FROM victim v JOIN province p ON p.id = v.rescue_province_id
     WHERE v.created_by_id = ${createdById}::uuid AND v.deleted_at IS NULL
       AND NOT v.rescued_abroad AND v.rescued_at IS NOT NULL
     ORDER BY v.name`;
  const referrals: Prisma.ReferralCreateManyInput[] = [];
  const events: Prisma.ReferralEventCreateManyInput[] = [];
  const visits: Prisma.FollowUpCreateManyInput[] = [];
  for (const victim of victims) {
    if (rng() >= REFERRED_SHARE) continue;
    const services = [pickOne(rng, SERVICES), ...(rng() < 0.3 ? [pickOne(rng, MORE)] : [])];
    for (const service of services) {
      const id = randomUUID();
      const path = PATHS[pickWeighted(rng, PATH_WEIGHTS)]!;
      let at = after(victim.rescued_at, rng, 0, 6);
      const referredAt = at;
      let providedAt: Date | null = null;
      for (const [step, status] of path.entries()) {
        if (step > 0)
          at = after(at, rng, status === "CLOSED" ? 20 : 1, status === "CLOSED" ? 120 : 30);
        if (status === "PROVIDED") providedAt = at;
        events.push({ referralId: id, status, at, actorId: createdById });
      }
      const status = path.at(-1)!;
      referrals.push({
        id,
        victimId: victim.id,
        service,
        providerId: providerFor(rng, providers, service, victim.province_code),
        referredAt,
        status,
        statusAt: at,
        providedAt,
        createdById,
        updatedById: createdById,
      });
      if (!providedAt) continue;
      let visitAt = providedAt;
      for (let n = 0, count = intBetween(rng, 0, 3); n < count; n++) {
        visitAt = after(visitAt, rng, 20, 120);
        visits.push({
          referralId: id,
          visitedAt: visitAt,
          visitedBy: "Demo social worker",
          reintegration: visitStatus(rng, n),
          createdById,
        });
      }
    }
  }
  await tx.referral.createMany({ data: referrals });
  await tx.referralEvent.createMany({ data: events });
  await tx.followUp.createMany({ data: visits });
  return { referrals: referrals.length, followUps: visits.length };
}
