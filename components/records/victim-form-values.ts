import { toDateInput, toPhnomPenhInputs } from "@/lib/i18n/dates";
import { nationalityChoice } from "@/lib/validation/person";
import type { VictimFormValues } from "./victim-form";

// A stored victim as the victim form's starting values, for the victim's own page and the case
// page's list alike. Not a client module, so server components can call it.

type StoredVictim = Omit<
  VictimFormValues,
  | "name"
  | "dateOfBirth"
  | "nationality"
  | "rescuedOn"
  | "rescuedTime"
  | "rescuePlace"
  | "rescueCountry"
> & {
  name?: string | null;
  dateOfBirth?: Date | null;
  nationality: string | null;
  rescuedAt: Date | null;
  rescuedAbroad: boolean;
  rescueCountry: string | null;
};

export function victimFormValues(v: StoredVictim): VictimFormValues {
  const rescued = toPhnomPenhInputs(v.rescuedAt);
  return {
    ...v,
    name: v.name ?? "",
    dateOfBirth: toDateInput(v.dateOfBirth ?? null),
    nationality: nationalityChoice({ nationality: v.nationality, isForeign: null }),
    rescuedOn: rescued.date,
    rescuedTime: rescued.time,
    rescuePlace: v.rescuedAbroad ? "ABROAD" : "CAMBODIA",
    rescueCountry: v.rescuedAbroad ? (v.rescueCountry ?? "UNKNOWN") : "",
  };
}
