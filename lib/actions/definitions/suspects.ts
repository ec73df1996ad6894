import type { GuardSpec } from "@/lib/auth/guard-core";
import {
  createSuspect,
  deleteSuspect,
  restoreSuspect,
  updateSuspect,
} from "@/lib/data/suspect-mutations";
import { updateSuspectCourt } from "@/lib/data/suspect-court-mutations";
import { ZRecordRef } from "@/lib/validation/case";
import { ZUpdateSuspectCourt } from "@/lib/validation/court";
import { ZCreateSuspect, ZUpdateSuspect } from "@/lib/validation/suspect";

export const createSuspectSpec = {
  permission: "write:record",
  schema: ZCreateSuspect,
  handler: (input, { user, request }) => createSuspect(user, input, request),
} satisfies GuardSpec<typeof ZCreateSuspect, unknown>;

export const updateSuspectSpec = {
  permission: "write:record",
  schema: ZUpdateSuspect,
  handler: (input, { user, request }) => updateSuspect(user, input, request),
} satisfies GuardSpec<typeof ZUpdateSuspect, unknown>;

export const deleteSuspectSpec = {
  permission: "write:record",
  schema: ZRecordRef,
  handler: (input, { user, request }) => deleteSuspect(user, input, request),
} satisfies GuardSpec<typeof ZRecordRef, unknown>;

export const restoreSuspectSpec = {
  permission: "write:record",
  schema: ZRecordRef,
  handler: (input, { user, request }) => restoreSuspect(user, input, request),
} satisfies GuardSpec<typeof ZRecordRef, unknown>;

export const updateSuspectCourtSpec = {
  permission: "write:court",
  schema: ZUpdateSuspectCourt,
  handler: (input, { user, request }) => updateSuspectCourt(user, input, request),
} satisfies GuardSpec<typeof ZUpdateSuspectCourt, unknown>;
