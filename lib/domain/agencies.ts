import type { AgencyKind } from "@/lib/generated/prisma/enums";

// Agencies are reference data in the `agency` table (decision 0034). The migration inserts the
// national bodies with fixed ids; provincial bodies and partner NGOs get theirs from the sequence.

/** The committee's secretariat: every agency column's default, and the agency of users and records
 * that predate agencies. */
export const SECRETARIAT_AGENCY_ID = 1;
/** The Ministry of Foreign Affairs and International Cooperation. */
export const FOREIGN_AFFAIRS_AGENCY_ID = 2;
/** The Ministry of Social Affairs, Veterans and Youth Rehabilitation (MoSVY). */
export const SOCIAL_AFFAIRS_AGENCY_ID = 3;
/** The national police Department of Anti-Human Trafficking and Juvenile Protection. */
export const NATIONAL_POLICE_AGENCY_ID = 4;

export const AGENCY_KINDS = [
  "SECRETARIAT",
  "PROVINCIAL_COMMITTEE",
  "POLICE",
  "FOREIGN_AFFAIRS",
  "SOCIAL_AFFAIRS",
  "COURT",
  "NGO",
] as const satisfies readonly AgencyKind[];

/** For tools and tests that act without signing in: the secretariat's agency. */
export const SECRETARIAT = { agencyId: SECRETARIAT_AGENCY_ID, agencyKind: "SECRETARIAT" } as const;

/** Where a service goes when no provider is named (the import's "Services referred to" column,
 * and the victims' lists of services before referrals, decision 0035): Foreign Affairs brings
 * people home, Social Affairs (MoSVY) provides or arranges everything else. */
export function defaultProviderOf(service: string): number {
  return service === "REPATRIATION" ? FOREIGN_AFFAIRS_AGENCY_ID : SOCIAL_AFFAIRS_AGENCY_ID;
}
