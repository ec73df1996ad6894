import { getTranslations } from "next-intl/server";
import { inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import type { TAuditFilters } from "@/lib/validation/audit";

const FIELDS = [
  { name: "actor", type: "text" },
  { name: "action", type: "text" },
  { name: "entityType", type: "text" },
  { name: "entityId", type: "text" },
  { name: "from", type: "date" },
  { name: "to", type: "date" },
] as const;

/** A plain GET form: the filters live in the URL, so a filtered view can be shared by link. */
export async function AuditFilters({ filters }: { filters: TAuditFilters }) {
  const t = await getTranslations("audit");
  return (
    <form
      method="get"
      className="mb-4 grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
    >
      {FIELDS.map((f) => (
        <div key={f.name} className="space-y-1">
          <label htmlFor={`filter-${f.name}`} className="block text-sm font-medium">
            {t(`filter.${f.name}`)}
          </label>
          <input
            id={`filter-${f.name}`}
            name={f.name}
            type={f.type}
            defaultValue={filters[f.name] ?? ""}
            className={inputClass}
          />
        </div>
      ))}
      <div className="flex gap-2 sm:col-span-3 lg:col-span-6">
        <Button type="submit">{t("applyFilters")}</Button>
        <Button asChild variant="ghost">
          <a href="/audit">{t("clearFilters")}</a>
        </Button>
      </div>
    </form>
  );
}
