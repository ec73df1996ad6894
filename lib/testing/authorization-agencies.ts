import type { ActingUser } from "@/lib/auth/acting-user";
import { FOREIGN_AFFAIRS_AGENCY_ID } from "@/lib/domain/agencies";
import type { Db } from "@/lib/db-client";
import { uniqueKey } from "./db";
import { makeUser } from "./users";

// The agency actors of the authorization matrix (decision 0034): staff of the agencies whose
// reach is not the province. Each is given the scope that would tempt a leak: Foreign Affairs
// none at all, the provider national scope (which must not widen what it sees), the court
// clerk Phnom Penh (12), where the matrix's records are.
export const AGENCY_ACTORS = ["foreign", "provider", "court"] as const;
export type AgencyActor = (typeof AGENCY_ACTORS)[number];

/** The Phnom Penh court's agency id, from the reference rows the migration inserts. */
export async function courtAgencyId(db: Db, provinceCode = "PNP"): Promise<number> {
  const agency = await db.agency.findUniqueOrThrow({ where: { code: `COURT-${provinceCode}` } });
  return agency.id;
}

/** A partner NGO of the test's own, so the victims referred to it are the test's alone. */
export async function makeProvider(db: Db): Promise<number> {
  const code = `NGO-T${uniqueKey()
    .replace(/[^A-Za-z0-9]/g, "")
    .slice(-12)
    .toUpperCase()}`;
  const agency = await db.agency.create({
    data: {
      code,
      kind: "NGO",
      nameEn: `Shelter ${code}`,
      nameKm: `ជម្រក ${code}`,
      services: ["SHELTER"],
    },
  });
  return agency.id;
}

export async function makeAgencyActor(db: Db, actor: AgencyActor): Promise<ActingUser> {
  switch (actor) {
    case "foreign":
      return makeUser(db, "STAFF", { agencyId: FOREIGN_AFFAIRS_AGENCY_ID });
    case "provider":
      return makeUser(db, "STAFF", { agencyId: await makeProvider(db), nationalScope: true });
    case "court":
      return makeUser(db, "STAFF", { agencyId: await courtAgencyId(db), provinceIds: [12] });
  }
}
