import { getTranslations } from "next-intl/server";
import { inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import type { TAuditFilterName, TAuditFilters } from "@/lib/validation/audit";
import { showRefusedText } from "@/lib/validation/text";

const FIELDS = [
  { name: "actor", type: "text" },
  { name: "action", type: "text" },
  { name: "entityType", type: "text" },
  { name: "entityId", type: "text" },
  { name: "from", type: "date" },
  { name: "to", type: "date" },
] as const;

/** A plain GET form: the filters live in the URL, so a filtered view can be shared by link. */
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
  return (
    <form
      method="get"
      className="mb-4 grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
    >
      {errors.cursor ? (
        <p className="text-sm font-medium text-red-700 sm:col-span-3 lg:col-span-6">
          {reason(errors.cursor)}
        </p>
      ) : null}
      {FIELDS.map((f) => {
        const error = errors[f.name];
        const errorId = `filter-${f.name}-error`;
        return (
          <div key={f.name} className="space-y-1">
            <label htmlFor={`filter-${f.name}`} className="block text-sm font-medium">
              {t(`filter.${f.name}`)}
            </label>
            <input
              id={`filter-${f.name}`}
              name={f.name}
              type={f.type}
              defaultValue={showRefusedText(filters[f.name] ?? "")}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              className={inputClass}
            />
            {error ? (
              <p id={errorId} className="text-sm text-red-700">
                {t("filterNotApplied", { reason: reason(error) })}
              </p>
            ) : null}
          </div>
        );
      })}
      <div className="flex gap-2 sm:col-span-3 lg:col-span-6">
        <Button type="submit">{t("applyFilters")}</Button>
        <Button asChild variant="ghost">
          <a href="/audit">{t("clearFilters")}</a>
        </Button>
      </div>
    </form>
  );
}
