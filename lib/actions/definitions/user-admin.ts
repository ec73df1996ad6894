import type { GuardSpec } from "@/lib/auth/guard-core";
import {
  createUser,
  resetUserPassword,
  setUserActive,
  updateUserAccess,
} from "@/lib/data/user-admin";
import { ZCreateUser, ZUpdateUserAccess, ZUserRef } from "@/lib/validation/users";

// The guard specs (permission, schema, handler) behind the user-administration actions. They live
// apart from the "use server" files, which may export only actions, so that the authorization
// matrix tests run exactly what the actions run.
export const createUserSpec = {
  permission: "manage:user",
  schema: ZCreateUser,
  handler: (input, { user, request }) => createUser(user, input, request),
} satisfies GuardSpec<typeof ZCreateUser, unknown>;

export const updateUserAccessSpec = {
  permission: "manage:user",
  schema: ZUpdateUserAccess,
  handler: (input, { user, request }) => updateUserAccess(user, input, request),
} satisfies GuardSpec<typeof ZUpdateUserAccess, unknown>;

export const deactivateUserSpec = {
  permission: "manage:user",
  schema: ZUserRef,
  handler: (input, { user, request }) => setUserActive(user, input, false, request),
} satisfies GuardSpec<typeof ZUserRef, unknown>;

export const reactivateUserSpec = {
  permission: "manage:user",
  schema: ZUserRef,
  handler: (input, { user, request }) => setUserActive(user, input, true, request),
} satisfies GuardSpec<typeof ZUserRef, unknown>;

export const resetUserPasswordSpec = {
  permission: "manage:user",
  schema: ZUserRef,
  handler: (input, { user, request }) => resetUserPassword(user, input, request),
} satisfies GuardSpec<typeof ZUserRef, unknown>;
