"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/forms/submit-button";
import { updateSuspectCourtAction } from "@/lib/actions/update-suspect-court";
import { CourtFields } from "./court-fields";
import { PersonFormFrame, usePersonForm, type PersonFormAction } from "./person-form-frame";
import type { SuspectFormValues } from "./suspect-form";

/** A court clerk's form: a suspect's court proceedings and nothing else (write:court). */
export function SuspectCourtForm({ initial }: { initial: SuspectFormValues }) {
  const t = useTranslations("people");
  const action = updateSuspectCourtAction as PersonFormAction;
  const form = usePersonForm("suspect", initial, { create: action, update: action });
  const { state, pending } = form;
  return (
    <PersonFormFrame
      kind="suspect"
      state={state}
      action={form.action}
      pending={pending}
      record={initial}
    >
      <CourtFields form={form} initial={initial} courtOnly />
      <div className="sm:col-span-3">
        <SubmitButton pendingLabel={t("saving")}>{t("saveCourtFields")}</SubmitButton>
      </div>
    </PersonFormFrame>
  );
}
