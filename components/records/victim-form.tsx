"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { EventMomentFields } from "@/components/forms/event-moment-fields";
import { SelectField, type Option } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { createVictimAction } from "@/lib/actions/create-victim";
import { updateVictimAction } from "@/lib/actions/update-victim";
import { PROVINCES } from "@/lib/domain/provinces";
import { EXPLOITATION_TYPES, RESCUING_AGENCIES } from "@/lib/validation/victim";
import { PersonFormFrame, usePersonForm, type PersonFormAction } from "./person-form-frame";
import { PersonFields } from "./person-fields";

export type VictimFormValues = {
  id: string;
  version: number;
  name: string;
  sex: string;
  dateOfBirth: string;
  ageAtRescue: number | null;
  nationality: string;
  homeProvinceId: number | null;
  rescuedOn: string;
  rescuedTime: string;
  rescuePlace: "CAMBODIA" | "ABROAD";
  rescueProvinceId: number | null;
  rescueCountry: string;
  rescuingAgency: string;
  exploitationType: string;
};

/** `countries` come from the server (see NationalitySelect); Cambodia first. */
export function VictimForm({
  caseId,
  countries,
  initial,
}: {
  caseId?: string;
  countries: Option[];
  initial?: VictimFormValues;
}) {
  const t = useTranslations("people");
  const tEnum = useTranslations("enums");
  const locale = useLocale();
  const { state, action, pending, id, errors, value } = usePersonForm("victim", initial, {
    create: createVictimAction as PersonFormAction,
    update: updateVictimAction as PersonFormAction,
  });
  const [place, setPlace] = useState(value("rescuePlace", initial?.rescuePlace ?? "CAMBODIA"));
  const provinces = PROVINCES.map((p) => ({
    value: String(p.id),
    label: locale === "km" ? p.nameKm : p.nameEn,
  }));
  return (
    <PersonFormFrame
      kind="victim"
      state={state}
      action={action}
      pending={pending}
      caseId={caseId}
      record={initial}
    >
      <PersonFields
        id={id}
        value={value}
        errors={errors}
        initial={initial && { ...initial, age: initial.ageAtRescue }}
        countries={countries}
        ageField="ageAtRescue"
        ageLabel={t("ageAtRescue")}
        allowForeignUnspecified={false}
        defaultNationality={"KH"}
      />
      <SelectField
        id={id("homeProvinceId")}
        name="homeProvinceId"
        label={t("homeProvince")}
        defaultValue={value("homeProvinceId", initial?.homeProvinceId)}
        placeholder={t("notKnown")}
        options={provinces}
        errors={errors.homeProvinceId}
      />
      <EventMomentFields
        date={{
          id: id("rescuedOn"),
          name: "rescuedOn",
          label: t("rescuedOn"),
          defaultValue: value("rescuedOn", initial?.rescuedOn),
          errors: errors.rescuedOn,
        }}
        time={{
          id: id("rescuedTime"),
          name: "rescuedTime",
          label: t("time"),
          defaultValue: value("rescuedTime", initial?.rescuedTime),
          errors: errors.rescuedTime,
        }}
      />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">{t("rescuePlace")}</legend>
        {(["CAMBODIA", "ABROAD"] as const).map((p) => (
          <label key={p} className="mr-4 inline-flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="rescuePlace"
              value={p}
              checked={place === p}
              onChange={() => setPlace(p)}
            />
            {t(p === "CAMBODIA" ? "inCambodia" : "abroad")}
          </label>
        ))}
      </fieldset>
      {place === "CAMBODIA" ? (
        <SelectField
          id={id("rescueProvinceId")}
          name="rescueProvinceId"
          label={t("rescueProvince")}
          defaultValue={value("rescueProvinceId", initial?.rescueProvinceId)}
          placeholder={t("notKnown")}
          options={provinces}
          errors={errors.rescueProvinceId}
        />
      ) : (
        <SelectField
          id={id("rescueCountry")}
          name="rescueCountry"
          label={t("rescueCountry")}
          defaultValue={value("rescueCountry", initial?.rescueCountry)}
          placeholder=""
          options={[
            { value: "UNKNOWN", label: t("countryNotKnown") },
            ...countries.filter((c) => c.value !== "KH"),
          ]}
          errors={errors.rescueCountry}
        />
      )}
      <SelectField
        id={id("rescuingAgency")}
        name="rescuingAgency"
        label={t("rescuingAgency")}
        defaultValue={value("rescuingAgency", initial?.rescuingAgency ?? "POLICE_JUDICIAL")}
        options={RESCUING_AGENCIES.map((a) => ({ value: a, label: tEnum(`RescuingAgency.${a}`) }))}
        errors={errors.rescuingAgency}
      />
      <SelectField
        id={id("exploitationType")}
        name="exploitationType"
        label={t("exploitationType")}
        defaultValue={value("exploitationType", initial?.exploitationType ?? "UNKNOWN")}
        options={EXPLOITATION_TYPES.map((e) => ({
          value: e,
          label: tEnum(`ExploitationType.${e}`),
        }))}
        errors={errors.exploitationType}
      />
      <div className="sm:col-span-3">
        <SubmitButton pendingLabel={t("saving")}>
          {initial ? t("saveVictim") : t("addVictim")}
        </SubmitButton>
      </div>
    </PersonFormFrame>
  );
}
