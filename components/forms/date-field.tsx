"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, type ComponentProps, type ReactNode } from "react";
import { useNumerals } from "@/components/ui/numerals";
import { formatCalendarDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { figureValues, withNumerals } from "@/lib/i18n/numerals";
import { Field } from "./field";

type DateFieldProps = Omit<ComponentProps<typeof Field>, "type" | "hint"> & {
  type: "date" | "time";
  /** Said before the format hint, e.g. that the time is Phnom Penh's. */
  hint?: ReactNode;
};

/**
 * A date or time input with a hint, tied with aria-describedby, that says how the value reads.
 * The browser draws the box in its own language's order (mm/dd/yyyy, or a 12-hour clock, in
 * many), which the page cannot change; the hint repeats the value as every page shows dates and
 * times ("31 Dec 2017", "19:30"), so a day and a month typed the wrong way round are seen before
 * saving. The value sent is the input's own YYYY-MM-DD or HH:MM, which the shared schemas check.
 */
export function DateField({ type, hint, defaultValue, onChange, ...field }: DateFieldProps) {
  const t = useTranslations("common");
  const locale = useLocale() as Locale;
  const numerals = useNumerals();
  const [value, setValue] = useState(typeof defaultValue === "string" ? defaultValue : "");
  const reading =
    type === "date"
      ? formatCalendarDate(value, locale, numerals)
      : /^([01]\d|2[0-3]):[0-5]\d$/.test(value)
        ? withNumerals(value, numerals)
        : null;
  return (
    <Field
      {...field}
      type={type}
      defaultValue={defaultValue}
      onChange={(e) => {
        setValue(e.currentTarget.value);
        onChange?.(e);
      }}
      hint={
        <>
          {hint ? <span className="block">{hint}</span> : null}
          <span className="block">
            {type === "date" ? t("dateHint") : t("timeHint", figureValues([12, 24], numerals))}
          </span>
          {reading ? (
            <span className="block font-medium text-slate-800">
              {type === "date"
                ? t("dateReadsAs", { date: reading })
                : t("timeReadsAs", { time: reading })}
            </span>
          ) : null}
        </>
      }
    />
  );
}
