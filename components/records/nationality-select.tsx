"use client";

import { useTranslations } from "next-intl";
import { SelectField, type Option } from "@/components/forms/select-field";
import type { TFieldError } from "@/lib/validation/error-map";

/** Nationality: not known, foreign but not known which, or an ISO country (Cambodia first).
 * `countries` are named on the server: the browser's ICU may name them differently, which would
 * break hydration. */
export function NationalitySelect({
  id,
  countries,
  defaultValue,
  errors,
  allowForeignUnspecified,
}: {
  id: string;
  countries: Option[];
  defaultValue: string;
  errors?: TFieldError[];
  allowForeignUnspecified: boolean;
}) {
  const t = useTranslations("people");
  return (
    <SelectField
      id={id}
      name="nationality"
      label={t("nationality")}
      defaultValue={defaultValue}
      options={[
        { value: "", label: t("nationalityUnknown") },
        ...(allowForeignUnspecified ? [{ value: "FOREIGN", label: t("foreignUnspecified") }] : []),
        ...countries,
      ]}
      errors={errors}
    />
  );
}
