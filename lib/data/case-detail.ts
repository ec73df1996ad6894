import "server-only";
import { can, type ActingUser } from "@/lib/auth/acting-user";
import { db } from "@/lib/db";
import type { RequestContext } from "@/lib/audit/record";
import { notFound } from "@/lib/errors";
import { logIdentityReads } from "./identity-reads";
import { assertCan, caseScope, suspectScope, victimScope } from "@/lib/auth/scope";
import { auditedCase } from "./case-mutations";
import { auditedSuspect } from "./suspect-fields";
import { victimPageSelect } from "./victim-detail";

/**
 * One case with its live suspects and victims, for its page. Soft-deleted cases are returned too
 * (marked), so staff can restore them. Victims' names and dates of birth are selected only for
 * roles that may see identities, and only once their viewing is in the audit trail (decision 0026).
 */
export async function findCase(user: ActingUser, id: string, request: RequestContext) {
  assertCan(user, "read:record");
  const identity = can(user, "read:victim-identity");
  const found = await db.case.findFirst({
    where: { id, ...caseScope(user) },
    select: {
      ...auditedCase,
      province: { select: { nameEn: true, nameKm: true } },
      // A court clerk sees the suspects tried in their provinces (suspectScope), not every one.
      suspects: {
        where: { deletedAt: null, ...suspectScope(user) },
        orderBy: { createdAt: "asc" },
        select: auditedSuspect,
      },
      // A victim rescued in another province belongs to that province's scope, even on this case.
      victims: {
        where: { deletedAt: null, ...victimScope(user) },
        orderBy: { createdAt: "asc" },
        select: victimPageSelect(identity),
      },
    },
  });
  if (!found) throw notFound();
  const shown = found.victims.map((v) => ({
    id: v.id,
    provinceId: v.rescueProvinceId ?? found.provinceId,
  }));
  await logIdentityReads(user, shown, "case", request);
  return found;
}

export type CaseDetail = Awaited<ReturnType<typeof findCase>>;
