import type { ActingUser } from "@/lib/auth/acting-user";
import type { Db } from "@/lib/db-client";
import type { Role } from "@/lib/generated/prisma/enums";
import { createUser } from "@/prisma/factories";
import { uniqueKey } from "./db";

export const TEST_PASSWORD = "Correct-Horse-Battery-42";

/** A real user in the test database, and the ActingUser the guards build for them. */
export async function makeUser(
  db: Db,
  role: Role,
  scope: { nationalScope?: boolean; provinceIds?: number[]; agencyId?: number } = {
    nationalScope: true,
  },
): Promise<ActingUser> {
  const key = uniqueKey().toLowerCase();
  const u = await createUser(db, {
    email: `${role.toLowerCase()}-${key}@test.invalid`,
    name: `Test ${role} ${key}`,
    role,
    password: TEST_PASSWORD,
    nationalScope: scope.nationalScope ?? false,
    provinceIds: scope.provinceIds ?? [],
    agencyId: scope.agencyId,
  });
  const agency = await db.agency.findUniqueOrThrow({
    where: { id: u.agencyId },
    select: { kind: true },
  });
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    agencyId: u.agencyId,
    agencyKind: agency.kind,
    nationalScope: u.nationalScope,
    provinceIds: scope.provinceIds ?? [],
    mustChangePassword: false,
    sessionId: null,
  };
}

/** The fields a `user.created` event records for an account with no agency, whichever path
 * created it (the Users page or `npm run admin:create`): one action, one shape. */
export const USER_CREATED_FIELDS = [
  "active",
  "agencyId",
  "email",
  "id",
  "mustChangePassword",
  "name",
  "nationalScope",
  "provinceIds",
  "role",
  "version",
];
