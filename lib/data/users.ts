import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/auth/scope";

export async function findUsers(actor: ActingUser) {
  assertCan(actor, "manage:user");
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { email: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      nationalScope: true,
      active: true,
      mustChangePassword: true,
      agency: { select: { code: true } },
      provinces: { select: { province: { select: { id: true, nameEn: true, nameKm: true } } } },
    },
  });
}

export async function findUser(actor: ActingUser, id: string) {
  assertCan(actor, "manage:user");
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      agencyId: true,
      agencyUnit: true,
      nationalScope: true,
      active: true,
      mustChangePassword: true,
      version: true,
      createdAt: true,
      provinces: { select: { provinceId: true } },
    },
  });
  if (!user) throw notFound();
  return { ...user, provinceIds: user.provinces.map((p) => p.provinceId) };
}
