import type { AgencyKind, Digits, Role } from "@/lib/generated/prisma/enums";
import { holderCan, type Permission } from "./permissions";

/** The signed-in user as every guard and lib/data function sees it. */
export type ActingUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The user's agency, and its kind, which the permission table grants by (decision 0034). */
  agencyId: number;
  agencyKind: AgencyKind;
  nationalScope: boolean;
  provinceIds: number[];
  mustChangePassword: boolean;
  sessionId: string | null;
  /** The digits of Khmer pages the user chose (decision 0028); absent: Khmer. Display only. */
  digits?: Digits;
};

/** The one check: whether the user's role, at the user's kind of agency, holds the permission.
 * Which records it reaches is lib/auth/scope.ts's business. */
export function can(user: ActingUser, permission: Permission): boolean {
  return holderCan(user, permission);
}

/** Whether a province lies in the user's scope. */
export function inScope(user: ActingUser, provinceId: number | null | undefined): boolean {
  if (user.nationalScope) return true;
  return provinceId != null && user.provinceIds.includes(provinceId);
}

/** Provinces the user may see, or null for all of them. */
export function scopeProvinceIds(user: ActingUser): number[] | null {
  return user.nationalScope ? null : user.provinceIds;
}
