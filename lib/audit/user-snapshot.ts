// The fields of a user account that its audit events record, in one shape for every path that
// writes `user.*` events: the Users page (lib/data/user-admin.ts) and `npm run admin:create`.
// No `server-only` here, so the command-line tools can use it too.
import type { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/errors";

export const auditedUserFields = {
  id: true,
  email: true,
  name: true,
  role: true,
  agencyId: true,
  agencyUnit: true,
  nationalScope: true,
  active: true,
  mustChangePassword: true,
  version: true,
  provinces: { select: { provinceId: true }, orderBy: { provinceId: "asc" } },
} as const;

/** The account as its audit events record it: no password hash, provinces as sorted ids. */
export async function userAuditSnapshot(tx: Prisma.TransactionClient, id: string) {
  const u = await tx.user.findUnique({ where: { id }, select: auditedUserFields });
  if (!u) throw notFound();
  const { provinces, ...rest } = u;
  return { ...rest, provinceIds: provinces.map((p) => p.provinceId) };
}
