"use client";

import { useTranslations } from "next-intl";
import { DateField } from "@/components/forms/date-field";
import { Field } from "@/components/forms/field";
import { SelectField, type Option } from "@/components/forms/select-field";
import { todayInPhnomPenh } from "@/lib/validation/common";
import type { TFieldError } from "@/lib/validation/error-map";
import { SEXES } from "@/lib/validation/person";
import { NationalitySelect } from "./nationality-select";

type Values = {
  name?: string;
  sex?: string;
  dateOfBirth?: string;
  age?: number | null;
  nationality?: string;
};

/** The fields every person record has: name, sex, date of birth or age, nationality. */
export function PersonFields({
  id,
  value,
  errors,
  initial,
  countries,
  ageField,
  ageLabel,
  allowForeignUnspecified,
  defaultNationality,
}: {
  id: (name: string) => string;
  value: (name: string, fallback?: string | number | null) => string;
  errors: Record<string, TFieldError[] | undefined>;
  initial?: Values;
  countries: Option[];
  /** "ageYears" for suspects, "ageAtRescue" for victims. */
  ageField: string;
  ageLabel: string;
  allowForeignUnspecified: boolean;
  defaultNationality: string;
}) {
  const t = useTranslations("people");
  const tEnum = useTranslations("enums");
  return (
    <>
      <Field
        id={id("name")}
        name="name"
        label={t("name")}
        defaultValue={value("name", initial?.name)}
        errors={errors.name}
      />
      <SelectField
        id={id("sex")}
        name="sex"
        label={t("sex")}
        defaultValue={value("sex", initial?.sex ?? "UNKNOWN")}
        options={SEXES.map((s) => ({ value: s, label: tEnum(`Sex.${s}`) }))}
        errors={errors.sex}
      />
      <NationalitySelect
        countries={countries}
        id={id("nationality")}
        defaultValue={value("nationality", initial?.nationality ?? defaultNationality)}
        errors={errors.nationality}
        allowForeignUnspecified={allowForeignUnspecified}
      />
      <DateField
        id={id("dateOfBirth")}
        name="dateOfBirth"
        type="date"
        max={todayInPhnomPenh()}
        label={t("dateOfBirth")}
        defaultValue={value("dateOfBirth", initial?.dateOfBirth)}
        errors={errors.dateOfBirth}
      />
      <Field
        id={id(ageField)}
        name={ageField}
        type="number"
        inputMode="numeric"
        label={ageLabel}
        defaultValue={value(ageField, initial?.age)}
        errors={errors[ageField]}
      />
    </>
  );
}
