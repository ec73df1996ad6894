import type { GuardSpec } from "@/lib/auth/guard-core";
import {
  createVictim,
  deleteVictim,
  restoreVictim,
  updateVictim,
} from "@/lib/data/victim-mutations";
import { ZRecordRef } from "@/lib/validation/case";
import { ZCreateVictim, ZUpdateVictim } from "@/lib/validation/victim";

export const createVictimSpec = {
  permission: "write:record",
  schema: ZCreateVictim,
  handler: (input, { user, request }) => createVictim(user, input, request),
} satisfies GuardSpec<typeof ZCreateVictim, unknown>;

export const updateVictimSpec = {
  permission: "write:record",
  schema: ZUpdateVictim,
  handler: (input, { user, request }) => updateVictim(user, input, request),
} satisfies GuardSpec<typeof ZUpdateVictim, unknown>;

export const deleteVictimSpec = {
  permission: "write:record",
  schema: ZRecordRef,
  handler: (input, { user, request }) => deleteVictim(user, input, request),
} satisfies GuardSpec<typeof ZRecordRef, unknown>;

export const restoreVictimSpec = {
  permission: "write:record",
  schema: ZRecordRef,
  handler: (input, { user, request }) => restoreVictim(user, input, request),
} satisfies GuardSpec<typeof ZRecordRef, unknown>;
