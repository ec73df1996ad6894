import "server-only";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import type { RequestContext } from "@/lib/audit/record";
import type { ActingUser } from "@/lib/auth/acting-user";
import { assertCan } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TCreateAgency, TUpdateAgency } from "@/lib/validation/agencies";

// Agencies are reference data an administrator keeps (manage:agency, decision 0034): each write
// at the version the administrator saw, audited (`agency.created`, `agency.updated`) in the same
// transaction. An agency is deactivated, never deleted: users and records keep pointing at it.

type Tx = Prisma.TransactionClient;

const audited = {
  id: true,
  code: true,
  kind: true,
  nameEn: true,
  nameKm: true,
  provinceId: true,
  services: true,
  active: true,
  version: true,
} as const;

/** The agency as its audit events record it; `kind` as `agencyKind`, whose label says what it is. */
async function agencySnapshot(tx: Tx, id: number) {
  const found = await tx.agency.findUnique({ where: { id }, select: audited });
  if (!found) throw notFound();
  const { kind, ...rest } = found;
  return { ...rest, agencyKind: kind };
}

async function assertCodeFree(tx: Tx, code: string, id?: number) {
  const taken = await tx.agency.findFirst({
    where: { code, id: { not: id } },
    select: { id: true },
  });
  if (taken) throw new AppError("invalid", "invalid", {}, { code: ["agencyCodeTaken"] });
}

export async function createAgency(
  actor: ActingUser,
  input: TCreateAgency,
  request: RequestContext,
) {
  assertCan(actor, "manage:agency");
  return auditedTransaction(db, async (tx, audit) => {
    await assertCodeFree(tx, input.code);
    const { id } = await tx.agency.create({
      data: { ...input, provinceId: input.provinceId ?? null },
      select: { id: true },
    });
    audit.record({
      actor,
      action: "agency.created",
      entityType: "agency",
      entityId: String(id),
      before: null,
      after: await agencySnapshot(tx, id),
      request,
    });
    return { id };
  });
}

export async function updateAgency(
  actor: ActingUser,
  input: TUpdateAgency,
  request: RequestContext,
) {
  assertCan(actor, "manage:agency");
  const { id, version, ...fields } = input;
  return auditedTransaction(db, async (tx, audit) => {
    await tx.$executeRaw`SELECT 1 FROM agency WHERE id = ${id} FOR UPDATE`;
    const before = await agencySnapshot(tx, id);
    await assertCodeFree(tx, fields.code, id);
    const { count } = await tx.agency.updateMany({
      where: { id, version },
      data: { ...fields, provinceId: fields.provinceId ?? null, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("conflict", "agencyChanged");
    const after = await agencySnapshot(tx, id);
    audit.record({
      actor,
      action: "agency.updated",
      entityType: "agency",
      entityId: String(id),
      before,
      after,
      request,
    });
    return { id };
  });
}
