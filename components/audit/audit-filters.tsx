import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DateField } from "@/components/forms/date-field";
import { inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { AUDIT_ACTIONS_BY_ENTITY, AUDIT_ENTITY_TYPES } from "@/lib/domain/audit-actions";
import type { TAuditFilterName, TAuditFilters } from "@/lib/validation/audit";
import { showRefusedText } from "@/lib/validation/text";

/** A plain GET form: the filters live in the URL, so a filtered view can be shared by link. The
 * action and record type are choices from the audit catalogue (lib/domain/audit-actions.ts). */
export async function AuditFilters({
  filters,
  errors = {},
}: {
  filters: TAuditFilters;
  /** Filters that were not applied, with their message key (`validation`, or the cursor's). */
  errors?: Partial<Record<TAuditFilterName, string>>;
}) {
  const [t, tValidation, tFilters] = await Promise.all([
    getTranslations("audit"),
    getTranslations("validation"),
    getTranslations("filters"),
  ]);
  const reason = (key: string) =>
    key === "cursor" ? tFilters("errors.cursor") : tValidation(key as "date");
  const id = (name: TAuditFilterName) => `filter-${name}`;
  const errorId = (name: TAuditFilterName) => `filter-${name}-error`;
  const invalid = (name: TAuditFilterName) => (errors[name] ? true : undefined);
  const describedBy = (name: TAuditFilterName, ...more: string[]) =>
    [...more, ...(errors[name] ? [errorId(name)] : [])].join(" ") || undefined;
  const error = (name: TAuditFilterName) => {
    const key = errors[name];
    return key ? (
      <p id={errorId(name)} className="text-sm text-red-700">
        {t("filterNotApplied", { reason: reason(key) })}
      </p>
    ) : null;
  };
  const labelled = (name: TAuditFilterName, control: ReactNode) => (
    <div className="space-y-1">
      <label htmlFor={id(name)} className="block text-sm font-medium">
        {t(`filter.${name}`)}
      </label>
      {control}
      {error(name)}
    </div>
  );
  const text = (name: "actor" | "entityId") =>
    labelled(
      name,
      <input
        id={id(name)}
        name={name}
        type="text"
        defaultValue={showRefusedText(filters[name] ?? "")}
        aria-invalid={invalid(name)}
        aria-describedby={describedBy(name)}
        className={inputClass}
      />,
    );
  const date = (name: "from" | "to") => (
    <div>
      <DateField
        id={id(name)}
        name={name}
        type="date"
        label={t(`filter.${name}`)}
        defaultValue={filters[name] ?? ""}
        aria-invalid={invalid(name)}
        aria-describedby={describedBy(name, `${id(name)}-hint`)}
      />
      {error(name)}
    </div>
  );
  return (
    <form
      method="get"
      className="mb-4 grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
    >
      {errors.cursor ? (
        <p className="text-sm font-medium text-red-700 sm:col-span-2 lg:col-span-3">
          {reason(errors.cursor)}
        </p>
      ) : null}
      {labelled(
        "action",
        <select
          id={id("action")}
          name="action"
          defaultValue={filters.action ?? ""}
          aria-invalid={invalid("action")}
          aria-describedby={describedBy("action")}
          className={inputClass}
        >
          <option value="">{t("filter.any")}</option>
          {AUDIT_ENTITY_TYPES.map((entity) => (
            <optgroup key={entity} label={t(`entityLabels.${entity}`)}>
              {AUDIT_ACTIONS_BY_ENTITY[entity].map((action) => (
                <option key={action} value={action}>
                  {t(`actionLabels.${action}`)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>,
      )}
      {labelled(
        "entityType",
        <select
          id={id("entityType")}
          name="entityType"
          defaultValue={filters.entityType ?? ""}
          aria-invalid={invalid("entityType")}
          aria-describedby={describedBy("entityType")}
          className={inputClass}
        >
          <option value="">{t("filter.any")}</option>
          {AUDIT_ENTITY_TYPES.map((entity) => (
            <option key={entity} value={entity}>
              {t(`entityLabels.${entity}`)}
            </option>
          ))}
        </select>,
      )}
      {text("actor")}
      {text("entityId")}
      {date("from")}
      {date("to")}
      <div className="flex gap-2 sm:col-span-2 lg:col-span-3">
        <Button type="submit">{t("applyFilters")}</Button>
        <Button asChild variant="ghost">
          <a href="/audit">{t("clearFilters")}</a>
        </Button>
      </div>
    </form>
  );
}
