import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { AppError } from "@/lib/errors";
import { phnomPenhInstant } from "@/lib/validation/common";
import { nationalityFields } from "@/lib/validation/person";
import type { TCreateVictim } from "@/lib/validation/victim";
import { calendarDate, lockCase, type Tx } from "./person-writes";
import { assertCanWriteVictimIn } from "@/lib/auth/scope";

// The columns of a victim that a write sets and the audit trail records, and who may write them.
// The snapshot includes the name and date of birth: the trail is for auditors, and record
// history redacts them for roles that may not see victims' identities (lib/data/audit.ts).
export const auditedVictim = {
  id: true,
  code: true,
  caseId: true,
  linkedToId: true,
  name: true,
  sex: true,
  dateOfBirth: true,
  ageAtRescue: true,
  nationality: true,
  homeProvinceId: true,
  rescuedAt: true,
  rescuedAbroad: true,
  rescueProvinceId: true,
  rescueCountry: true,
  rescuingAgency: true,
  exploitationType: true,
  version: true,
  deletedAt: true,
} as const;

export function victimFieldsOf(input: Omit<TCreateVictim, "duplicateCheck" | "sameAs">) {
  // The victim table has no "foreign, nationality not known" column (suspects have isForeign):
  // storing that answer as "not known" would silently drop it, so the user is asked instead.
  if (input.nationality === "FOREIGN") {
    throw new AppError("invalid", "invalid", {}, { nationality: ["country"] });
  }
  const abroad = input.rescuePlace === "ABROAD";
  return {
    caseId: input.caseId ?? null,
    name: input.name,
    sex: input.sex,
    dateOfBirth: calendarDate(input.dateOfBirth),
    ageAtRescue: input.ageAtRescue ?? null,
    nationality: nationalityFields(input.nationality).nationality,
    homeProvinceId: input.homeProvinceId ?? null,
    rescuedAt: phnomPenhInstant(input.rescuedOn, input.rescuedTime),
    // A place is a province in Cambodia or a country abroad, never both (a CHECK constraint).
    rescuedAbroad: abroad,
    rescueProvinceId: abroad ? null : (input.rescueProvinceId ?? null),
    rescueCountry:
      abroad && input.rescueCountry !== "UNKNOWN" ? (input.rescueCountry ?? null) : null,
    rescuingAgency: input.rescuingAgency,
    exploitationType: input.exploitationType,
  };
}

export type TVictimFields = ReturnType<typeof victimFieldsOf>;

/**
 * How the linked case is checked: "as-is" (unchanged: only its province is read), "live" (a
 * restored victim needs a live case) or "new" (a newly linked case must also be one the user
 * may see, so case ids cannot be probed).
 */
export type CaseCheck = "as-is" | "live" | "new";

/**
 * The province a victim belongs to, refused unless it is in the user's scope: where they were
 * rescued in Cambodia, else their case's province. A victim rescued abroad with no case belongs
 * to no province, so only national scope may write it; Foreign Affairs writes victims rescued
 * abroad, and only those. The same rule as victimScope for reading.
 */
export async function assertCanWriteVictim(
  tx: Tx,
  user: ActingUser,
  victim: { caseId: string | null; rescueProvinceId: number | null; rescuedAbroad: boolean },
  check: CaseCheck,
): Promise<number | null> {
  const caseProvinceId = victim.caseId
    ? await lockCase(tx, user, victim.caseId, { scoped: check === "new", live: check !== "as-is" })
    : null;
  const provinceId = victim.rescueProvinceId ?? caseProvinceId;
  assertCanWriteVictimIn(user, { provinceId, rescuedAbroad: victim.rescuedAbroad });
  return provinceId;
}
