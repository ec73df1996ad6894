import type { Db } from "@/lib/db-client";
import type { ServiceType } from "@/lib/generated/prisma/enums";
import { buildVictim } from "@/prisma/factories";
import { uniqueKey } from "./db";

// Referral test data: a provider agency and a victim of one's own, so no test shares another's.

/** A partner NGO of this test, offering `services`. */
export async function makeProvider(db: Db, services: ServiceType[] = ["SHELTER", "MEDICAL"]) {
  const key = uniqueKey();
  return db.agency.create({
    data: {
      code: `NGO-T${key}`,
      kind: "NGO",
      nameEn: `Test shelter ${key}`,
      nameKm: `មណ្ឌលសាកល្បង ${key}`,
      provinceId: 12,
      services,
    },
    select: { id: true, code: true },
  });
}

/** A victim rescued in `provinceId` (no case), in 2011: a year no test or spec counts, so the
 * e2e database's 2016–2017 figures stay the seed's. */
export async function makeReferableVictim(db: Db, provinceId = 12) {
  return db.victim.create({
    data: buildVictim({
      name: `Referral Victim ${uniqueKey()}`,
      rescueProvinceId: provinceId,
      rescuedAt: new Date("2011-03-15T03:00:00Z"),
    }),
    select: { id: true, code: true, name: true },
  });
}

/** The form of a referral of `victimId` to `providerId`. */
export function referralForm(victimId: string, providerId: number, overrides = {}) {
  return {
    victimId,
    service: "SHELTER",
    providerId: String(providerId),
    referredOn: "2026-01-10",
    note: "Needs a safe place tonight",
    ...overrides,
  };
}
