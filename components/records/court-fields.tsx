"use client";

import { useLocale, useTranslations } from "next-intl";
import { EventMomentFields } from "@/components/forms/event-moment-fields";
import { Field, FieldErrors } from "@/components/forms/field";
import { SelectField } from "@/components/forms/select-field";
import { useNumerals } from "@/components/ui/numerals";
import {
  CRIMINAL_CODE_LAST_ARTICLE,
  LSHTSE_OFFERED,
  chargeCode,
  parseChargeCode,
} from "@/lib/domain/charges";
import type { Locale } from "@/lib/i18n/locales";
import { formatNumber, formatYear } from "@/lib/i18n/numerals";
import { APPEAL_STATUSES, COURT_OUTCOMES } from "@/lib/validation/court";
import type { TFieldError } from "@/lib/validation/error-map";
import { courtOptions } from "./court-name";

export type CourtFormValues = {
  chargedOn: string;
  chargedTime: string;
  courtProvinceId: number | null;
  chargeArticles: string[];
  charges: string | null;
  courtOutcome: string | null;
  verdictOn: string;
  verdictTime: string;
  sentenceMonths: number | null;
  sentenceSuspended: boolean | null;
  fineRiel: number | null;
  appealStatus: string | null;
};

type FormState = {
  id: (name: string) => string;
  value: (name: string, fallback?: string | number | null) => string;
  list: (name: string, fallback?: readonly string[]) => string[];
  checked: (name: string, fallback: boolean | null | undefined) => boolean;
  errors: Record<string, TFieldError[] | undefined>;
};

/**
 * The suspect form's "Court proceedings" fieldset: charge, court, articles, verdict, sentence and
 * appeal. The 2008 Law's articles are checkboxes (native, so keyboard and screen readers need
 * nothing more); Criminal Code articles, 672 of them, are typed as numbers. A code stored that
 * the list does not offer (from an import) is shown ticked, so saving the form keeps it.
 */
export function CourtFields({
  form,
  initial,
  courtOnly = false,
}: {
  form: FormState;
  initial?: CourtFormValues;
  /** A court clerk's form: the free-text charges are the investigators', not the court's. */
  courtOnly?: boolean;
}) {
  const t = useTranslations("court");
  const tEnum = useTranslations("enums");
  const locale = useLocale() as Locale;
  const numerals = useNumerals();
  const { id, value, list, checked, errors } = form;
  const stored = initial?.chargeArticles ?? [];
  const ticked = new Set(
    list(
      "chargeArticles",
      stored.filter((c) => c.startsWith("LSHTSE-")),
    ),
  );
  const offered = LSHTSE_OFFERED.map((a) => ({ code: chargeCode("LSHTSE", a.article), ...a }));
  const extra = [...ticked]
    .filter((code) => !offered.some((o) => o.code === code))
    .map((code) => ({ code, article: parseChargeCode(code)?.article, titled: false }));
  const typedCc = stored
    .map(parseChargeCode)
    .filter((a) => a?.instrument === "CC")
    .map((a) => String(a!.article))
    .join(", ");
  const articleLabel = (article: number | undefined, code: string, titled: boolean) => {
    if (article === undefined) return code;
    const n = formatNumber(article, numerals, { useGrouping: false });
    return titled
      ? t("lawArticleTitled", { article: n, title: t(`titles.${article}` as "titles.10") })
      : t("lawArticle", { article: n });
  };
  const articlesErrorId = `${id("chargeArticles")}-error`;
  return (
    <fieldset className="grid gap-3 rounded-md border border-slate-200 p-3 sm:col-span-3 sm:grid-cols-3">
      <legend className="px-1 text-sm font-semibold text-slate-900">{t("legend")}</legend>
      <EventMomentFields
        date={{
          id: id("chargedOn"),
          name: "chargedOn",
          label: t("chargedOn"),
          defaultValue: value("chargedOn", initial?.chargedOn),
          errors: errors.chargedOn,
        }}
        time={{
          id: id("chargedTime"),
          name: "chargedTime",
          label: t("chargedTime"),
          defaultValue: value("chargedTime", initial?.chargedTime),
          errors: errors.chargedTime,
        }}
      />
      <SelectField
        id={id("courtProvinceId")}
        name="courtProvinceId"
        label={t("court")}
        defaultValue={value("courtProvinceId", initial?.courtProvinceId)}
        placeholder={t("notKnown")}
        options={courtOptions(locale, t)}
        errors={errors.courtProvinceId}
      />
      <fieldset
        className="space-y-1 sm:col-span-3"
        aria-describedby={errors.chargeArticles?.length ? articlesErrorId : undefined}
      >
        <legend className="text-sm font-medium text-slate-800">
          {t("lawArticles", { year: formatYear(2008, numerals) })}
        </legend>
        <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
          {[...offered, ...extra].map((a) => (
            <label key={a.code} className="inline-flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="chargeArticles[]"
                value={a.code}
                defaultChecked={ticked.has(a.code)}
              />
              {articleLabel(a.article, a.code, a.titled)}
            </label>
          ))}
        </div>
        <FieldErrors id={articlesErrorId} errors={errors.chargeArticles} />
      </fieldset>
      <Field
        id={id("criminalCodeArticles")}
        name="criminalCodeArticles"
        label={t("criminalCodeArticles")}
        inputMode="numeric"
        hint={t("criminalCodeHint", {
          first: formatNumber(1, numerals),
          last: formatNumber(CRIMINAL_CODE_LAST_ARTICLE, numerals, { useGrouping: false }),
        })}
        defaultValue={value("criminalCodeArticles", typedCc)}
        errors={errors.criminalCodeArticles}
      />
      {courtOnly ? null : (
        <Field
          id={id("charges")}
          name="charges"
          label={t("otherCharges")}
          defaultValue={value("charges", initial?.charges)}
          errors={errors.charges}
          className="sm:col-span-2"
        />
      )}
      <SelectField
        id={id("courtOutcome")}
        name="courtOutcome"
        label={t("verdict")}
        defaultValue={value("courtOutcome", initial?.courtOutcome)}
        placeholder={t("notKnown")}
        options={COURT_OUTCOMES.map((o) => ({ value: o, label: tEnum(`CourtOutcome.${o}`) }))}
        errors={errors.courtOutcome}
      />
      <EventMomentFields
        date={{
          id: id("verdictOn"),
          name: "verdictOn",
          label: t("verdictOn"),
          defaultValue: value("verdictOn", initial?.verdictOn),
          errors: errors.verdictOn,
        }}
        time={{
          id: id("verdictTime"),
          name: "verdictTime",
          label: t("verdictTime"),
          defaultValue: value("verdictTime", initial?.verdictTime),
          errors: errors.verdictTime,
        }}
      />
      <Field
        id={id("sentenceMonths")}
        name="sentenceMonths"
        type="number"
        inputMode="numeric"
        min={0}
        label={t("sentenceMonths")}
        defaultValue={value("sentenceMonths", initial?.sentenceMonths)}
        errors={errors.sentenceMonths}
      />
      <div className="space-y-1 self-end pb-2">
        <label className="inline-flex items-center gap-2 text-sm font-medium text-slate-800">
          <input
            type="checkbox"
            id={id("sentenceSuspended")}
            name="sentenceSuspended"
            defaultChecked={checked("sentenceSuspended", initial?.sentenceSuspended)}
            aria-invalid={errors.sentenceSuspended?.length ? true : undefined}
            aria-describedby={
              errors.sentenceSuspended?.length ? `${id("sentenceSuspended")}-error` : undefined
            }
          />
          {t("sentenceSuspended")}
        </label>
        <FieldErrors id={`${id("sentenceSuspended")}-error`} errors={errors.sentenceSuspended} />
      </div>
      <Field
        id={id("fineRiel")}
        name="fineRiel"
        type="number"
        inputMode="numeric"
        min={0}
        label={t("fineRiel")}
        defaultValue={value("fineRiel", initial?.fineRiel)}
        errors={errors.fineRiel}
      />
      <SelectField
        id={id("appealStatus")}
        name="appealStatus"
        label={t("appealStatus")}
        defaultValue={value("appealStatus", initial?.appealStatus)}
        placeholder={t("notKnown")}
        options={APPEAL_STATUSES.map((s) => ({ value: s, label: tEnum(`AppealStatus.${s}`) }))}
        errors={errors.appealStatus}
      />
    </fieldset>
  );
}
