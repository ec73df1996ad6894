import "server-only";
import { phnomPenhInstant } from "@/lib/validation/common";
import { nationalityFields } from "@/lib/validation/person";
import { sortChargeCodes } from "@/lib/domain/charges";
import { chargeCodesOf, type TCourtInput } from "@/lib/validation/court";
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
  chargedAt: true,
  courtProvinceId: true,
  chargeArticles: true,
  charges: true,
  courtOutcome: true,
  verdictAt: true,
  sentenceMonths: true,
  sentenceSuspended: true,
  fineRiel: true,
  appealStatus: true,
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
    ...courtFieldsOf(input),
  };
}

function courtFieldsOf(input: Omit<TCreateSuspect, "duplicateCheck" | "sameAs">) {
  return { ...courtColumnsOf(input), charges: input.charges ?? null };
}

/** The court columns (decision 0029's fieldset, which a court clerk edits alone): a sentence
 * only with a conviction (the schema refused a stated one otherwise), where an unticked
 * "suspended" beside a sentence means "not suspended". */
export function courtColumnsOf(input: TCourtInput) {
  const convicted = input.courtOutcome === "CONVICTED";
  const sentenced = convicted && input.sentenceMonths !== undefined;
  return {
    chargedAt: phnomPenhInstant(input.chargedOn, input.chargedTime),
    courtProvinceId: input.courtProvinceId ?? null,
    chargeArticles: sortChargeCodes(chargeCodesOf(input)),
    courtOutcome: input.courtOutcome ?? null,
    verdictAt: phnomPenhInstant(input.verdictOn, input.verdictTime),
    sentenceMonths: convicted ? (input.sentenceMonths ?? null) : null,
    sentenceSuspended: convicted ? (input.sentenceSuspended ?? (sentenced ? false : null)) : null,
    fineRiel: convicted ? (input.fineRiel ?? null) : null,
    appealStatus: input.appealStatus ?? null,
  };
}

export type TSuspectFields = ReturnType<typeof suspectFieldsOf>;
