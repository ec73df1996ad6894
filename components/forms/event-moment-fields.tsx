"use client";

import { useTranslations } from "next-intl";
import { todayInPhnomPenh } from "@/lib/validation/common";
import type { TFieldError } from "@/lib/validation/error-map";
import { DateField } from "./date-field";

type Part = {
  name: string;
  label: string;
  id?: string;
  defaultValue?: string;
  errors?: TFieldError[];
};

/**
 * When an event happened (a crack-down, an arrest, a rescue): its date, no later than today, and
 * its time, both Phnom Penh's, as the report counts them (decision 0004). The case, suspect and
 * victim forms all ask for one this way.
 */
export function EventMomentFields({ date, time }: { date: Part; time: Part }) {
  const t = useTranslations("cases");
  return (
    <>
      <DateField {...date} type="date" max={todayInPhnomPenh()} />
      <DateField {...time} type="time" hint={t("phnomPenhTime")} />
    </>
  );
}
