import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { REFERRAL_STATUSES } from "@/lib/domain/referrals";
import type { TReferralFilterErrors, TReferralFilters } from "@/lib/filters/referral-filters";
import { SERVICE_TYPES } from "@/lib/validation/victim";

type Option = { value: string; label: string };

function Select(props: {
  name: string;
  label: string;
  value?: string;
  any: string;
  options: Option[];
}) {
  const id = `filter-${props.name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {props.label}
      </label>
      <select id={id} name={props.name} defaultValue={props.value ?? ""} className={inputClass}>
        <option value="">{props.any}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The queue's filters: a plain GET form, so the URL is the state and every filter a link. */
export async function ReferralFilters({
  filters,
  errors,
  providers,
}: {
  filters: TReferralFilters;
  errors: TReferralFilterErrors;
  providers: Option[];
}) {
  const [t, tEnum] = await Promise.all([getTranslations("referrals"), getTranslations("enums")]);
  const invalid = Object.keys(errors);
  return (
    <form method="get" action="/referrals" aria-label={t("filterTitle")} className="mb-4 space-y-3">
      {invalid.length ? (
        <p role="alert" className="text-sm text-red-700">
          {t("filterInvalid", { names: invalid.join(", ") })}
        </p>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <Select
          name="status"
          label={t("status")}
          value={filters.status}
          any={t("anyStatus")}
          options={REFERRAL_STATUSES.map((s) => ({
            value: s,
            label: tEnum(`ReferralStatus.${s}`),
          }))}
        />
        <Select
          name="service"
          label={t("service")}
          value={filters.service}
          any={t("anyService")}
          options={SERVICE_TYPES.map((s) => ({ value: s, label: tEnum(`ServiceType.${s}`) }))}
        />
        <Select
          name="provider"
          label={t("provider")}
          value={filters.provider?.toString()}
          any={t("anyProvider")}
          options={providers}
        />
        <div className="space-y-1">
          <label htmlFor="filter-dated" className="block text-sm font-medium text-slate-800">
            {t("dated")}
          </label>
          <select
            id="filter-dated"
            name="dated"
            defaultValue={filters.dated ?? ""}
            className={inputClass}
          >
            <option value="">{t("datedReferred")}</option>
            <option value="provided">{t("datedProvided")}</option>
          </select>
        </div>
        {(["from", "to"] as const).map((name) => (
          <div key={name} className="space-y-1">
            <label htmlFor={`filter-${name}`} className="block text-sm font-medium text-slate-800">
              {t(name)}
            </label>
            <input
              id={`filter-${name}`}
              type="date"
              name={name}
              defaultValue={filters[name] ?? ""}
              className={inputClass}
            />
          </div>
        ))}
      </div>
      {filters.problem ? <input type="hidden" name="problem" value={filters.problem} /> : null}
      <div className="flex gap-3">
        <Button type="submit">{t("apply")}</Button>
        <Link href="/referrals" className="self-center text-brand-700 underline">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
