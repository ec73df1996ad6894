import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { assertCan } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

// Reading agencies (reference data, decision 0034): the admin list, and the choices of the user
// forms. Writes are in agency-mutations.ts.

const listed = {
  id: true,
  code: true,
  kind: true,
  nameEn: true,
  nameKm: true,
  provinceId: true,
  services: true,
  active: true,
  version: true,
  province: { select: { nameEn: true, nameKm: true } },
} as const;

export async function findAgencies(actor: ActingUser) {
  assertCan(actor, "manage:agency");
  const agencies = await db.agency.findMany({
    orderBy: [{ provinceId: { sort: "asc", nulls: "first" } }, { code: "asc" }],
    select: { ...listed, _count: { select: { users: true } } },
  });
  return agencies.map(({ _count, ...a }) => ({ ...a, userCount: _count.users }));
}

export async function findAgency(actor: ActingUser, id: number) {
  assertCan(actor, "manage:agency");
  const agency = await db.agency.findUnique({ where: { id }, select: listed });
  if (!agency) throw notFound();
  return agency;
}

/** The agencies a user account may be given: the active ones, and the account's own. */
export async function findAgencyChoices(actor: ActingUser, current?: number) {
  assertCan(actor, "manage:user");
  return db.agency.findMany({
    where: { OR: [{ active: true }, ...(current ? [{ id: current }] : [])] },
    orderBy: [{ provinceId: { sort: "asc", nulls: "first" } }, { code: "asc" }],
    select: { id: true, code: true, nameEn: true, nameKm: true, provinceId: true },
  });
}

type Access = {
  agencyId: number;
  role: string;
  nationalScope: boolean;
  provinceIds: number[];
};

/**
 * A user's agency must exist and be active (an account may keep a deactivated agency it already
 * has), and a provincial agency's staff work within its province: no national scope, no other
 * province. Administrators have no scope, so the rule does not apply to them.
 */
export async function assertAgencyFits(
  tx: Prisma.TransactionClient,
  access: Access,
  kept?: number,
) {
  const agency = await tx.agency.findUnique({
    where: { id: access.agencyId },
    select: { active: true, provinceId: true },
  });
  if (!agency) throw new AppError("invalid", "invalid", {}, { agencyId: ["agency"] });
  if (!agency.active && access.agencyId !== kept) {
    throw new AppError("invalid", "invalid", {}, { agencyId: ["agencyInactive"] });
  }
  if (agency.provinceId === null || access.role === "ADMIN") return;
  const outside = access.nationalScope || access.provinceIds.some((p) => p !== agency.provinceId);
  if (outside) throw new AppError("invalid", "invalid", {}, { provinceIds: ["agencyProvince"] });
}

/** The choices as a select's options: "CODE · name", in the page's language. */
export async function agencyOptions(actor: ActingUser, locale: string, current?: number) {
  const agencies = await findAgencyChoices(actor, current);
  return agencies.map((a) => ({
    value: String(a.id),
    label: `${a.code} · ${locale === "km" ? a.nameKm : a.nameEn}`,
  }));
}
