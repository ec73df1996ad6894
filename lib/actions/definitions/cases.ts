import type { GuardSpec } from "@/lib/auth/guard-core";
import { createCase, deleteCase, restoreCase, updateCase } from "@/lib/data/case-mutations";
import { ZCreateCase, ZRecordRef, ZUpdateCase } from "@/lib/validation/case";

export const createCaseSpec = {
  permission: "write:record",
  schema: ZCreateCase,
  handler: (input, { user, request }) => createCase(user, input, request),
} satisfies GuardSpec<typeof ZCreateCase, unknown>;

export const updateCaseSpec = {
  permission: "write:record",
  schema: ZUpdateCase,
  handler: (input, { user, request }) => updateCase(user, input, request),
} satisfies GuardSpec<typeof ZUpdateCase, unknown>;

export const deleteCaseSpec = {
  permission: "write:record",
  schema: ZRecordRef,
  handler: (input, { user, request }) => deleteCase(user, input, request),
} satisfies GuardSpec<typeof ZRecordRef, unknown>;

export const restoreCaseSpec = {
  permission: "write:record",
  schema: ZRecordRef,
  handler: (input, { user, request }) => restoreCase(user, input, request),
} satisfies GuardSpec<typeof ZRecordRef, unknown>;
