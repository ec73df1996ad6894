import { toDateInput, toPhnomPenhInputs } from "@/lib/i18n/dates";
import { nationalityChoice } from "@/lib/validation/person";
import type { SuspectFormValues } from "./suspect-form";

// A stored suspect as the suspect form's starting values. Not a client module, so the case page
// (a server component) can call it.

type StoredSuspect = Omit<
  SuspectFormValues,
  "dateOfBirth" | "nationality" | "arrestedOn" | "arrestedTime" | "chargedOn" | "chargedTime"
> & {
  dateOfBirth: Date | null;
  nationality: string | null;
  isForeign: boolean | null;
  arrestedAt: Date | null;
  chargedAt: Date | null;
  verdictAt: Date | null;
};

export function suspectFormValues(s: Omit<StoredSuspect, "verdictOn" | "verdictTime">) {
  const arrested = toPhnomPenhInputs(s.arrestedAt);
  const charged = toPhnomPenhInputs(s.chargedAt);
  const verdict = toPhnomPenhInputs(s.verdictAt);
  return {
    ...s,
    dateOfBirth: toDateInput(s.dateOfBirth),
    nationality: nationalityChoice(s),
    arrestedOn: arrested.date,
    arrestedTime: arrested.time,
    chargedOn: charged.date,
    chargedTime: charged.time,
    verdictOn: verdict.date,
    verdictTime: verdict.time,
  } satisfies SuspectFormValues;
}
