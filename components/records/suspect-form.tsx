"use client";

import { useTranslations } from "next-intl";
import { EventMomentFields } from "@/components/forms/event-moment-fields";
import { Field } from "@/components/forms/field";
import { SelectField, type Option } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { createSuspectAction } from "@/lib/actions/create-suspect";
import { updateSuspectAction } from "@/lib/actions/update-suspect";
import { SUSPECT_ROLES } from "@/lib/validation/suspect";
import { CourtFields, type CourtFormValues } from "./court-fields";
import { PersonFormFrame, usePersonForm, type PersonFormAction } from "./person-form-frame";
import { PersonFields } from "./person-fields";

export type SuspectFormValues = CourtFormValues & {
  id: string;
  version: number;
  name: string;
  sex: string;
  dateOfBirth: string;
  ageYears: number | null;
  nationality: string;
  role: string;
  arrestedOn: string;
  arrestedTime: string;
  arrestingUnit: string | null;
};

/** Add a suspect to a case, or edit one, without leaving the case page. */
export function SuspectForm({
  caseId,
  countries,
  initial,
}: {
  caseId: string;
  countries: Option[];
  initial?: SuspectFormValues;
}) {
  const t = useTranslations("people");
  const tEnum = useTranslations("enums");
  const form = usePersonForm("suspect", initial, {
    create: createSuspectAction as PersonFormAction,
    update: updateSuspectAction as PersonFormAction,
  });
  const { state, action, pending, id, errors, value } = form;
  return (
    <PersonFormFrame
      kind="suspect"
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
        initial={initial && { ...initial, age: initial.ageYears }}
        countries={countries}
        ageField="ageYears"
        ageLabel={t("ageIfNoBirthDate")}
        allowForeignUnspecified={true}
        defaultNationality={""}
      />
      <SelectField
        id={id("role")}
        name="role"
        label={t("role")}
        defaultValue={value("role", initial?.role ?? "OTHER")}
        options={SUSPECT_ROLES.map((r) => ({ value: r, label: tEnum(`SuspectRole.${r}`) }))}
        errors={errors.role}
      />
      <EventMomentFields
        date={{
          id: id("arrestedOn"),
          name: "arrestedOn",
          label: t("arrestedOn"),
          defaultValue: value("arrestedOn", initial?.arrestedOn),
          errors: errors.arrestedOn,
        }}
        time={{
          id: id("arrestedTime"),
          name: "arrestedTime",
          label: t("time"),
          defaultValue: value("arrestedTime", initial?.arrestedTime),
          errors: errors.arrestedTime,
        }}
      />
      <Field
        id={id("arrestingUnit")}
        name="arrestingUnit"
        label={t("arrestingUnit")}
        defaultValue={value("arrestingUnit", initial?.arrestingUnit)}
        errors={errors.arrestingUnit}
      />
      <CourtFields form={form} initial={initial} />
      <div className="sm:col-span-3">
        <SubmitButton pendingLabel={t("saving")}>
          {initial ? t("saveSuspect") : t("addSuspect")}
        </SubmitButton>
      </div>
    </PersonFormFrame>
  );
}
