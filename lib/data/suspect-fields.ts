import "server-only";
import { phnomPenhInstant } from "@/lib/validation/common";
import { nationalityFields } from "@/lib/validation/person";
import type { TCreateSuspect } from "@/lib/validation/suspect";
import { calendarDate } from "./person-writes";

// The columns of a suspect that a write sets and the audit trail records.
export const auditedSuspect = {
  id: true,
  caseId: true,
  linkedToId: true,
  name: true,
  sex: true,
  dateOfBirth: true,
  ageYears: true,
  nationality: true,
  isForeign: true,
  role: true,
  arrestedAt: true,
  arrestingUnit: true,
  charges: true,
  courtOutcome: true,
  version: true,
  deletedAt: true,
} as const;

export function suspectFieldsOf(input: Omit<TCreateSuspect, "duplicateCheck" | "sameAs">) {
  return {
    caseId: input.caseId,
    name: input.name,
    sex: input.sex,
    dateOfBirth: calendarDate(input.dateOfBirth),
    ageYears: input.ageYears ?? null,
    ...nationalityFields(input.nationality),
    role: input.role,
    arrestedAt: phnomPenhInstant(input.arrestedOn, input.arrestedTime),
    arrestingUnit: input.arrestingUnit ?? null,
    charges: input.charges ?? null,
    courtOutcome: input.courtOutcome ?? null,
  };
}

export type TSuspectFields = ReturnType<typeof suspectFieldsOf>;
