import { getTranslations } from "next-intl/server";
import { inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import {
  RECORD_FILTERS,
  SEARCH_MAX_LENGTH,
  type TRecordFilterErrors,
  type TRecordFilterName,
  type TRecordFilters,
  type TRecordKind,
} from "@/lib/filters/record-filters";
import { countedValues, type Numerals } from "@/lib/i18n/numerals";
import { getUiLocale } from "@/lib/i18n/server";
import { showRefusedText } from "@/lib/validation/text";
import { filterOptions } from "./filter-options";

type Props = {
  kind: TRecordKind;
  filters: TRecordFilters;
  errors: TRecordFilterErrors;
  /** The search params as submitted, to show an invalid value as typed for correction. */
  values: Record<string, string | string[] | undefined>;
  /** The user's provinces, or null for national scope. */
  provinceIds: number[] | null;
  /** Soft-deleted records are offered only to those who may restore them. */
  canSeeDeleted: boolean;
  /** Victims: whether the search also matches names (read:victim-identity). */
  searchesNames?: boolean;
  /** The current sort, kept when filters change. */
  sort?: string;
  /** The reader's digits (the age bands' figures). */
  numerals: Numerals;
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** A plain GET form: the filters live in the URL, so a filtered list can be shared by link. */
export async function RecordFilters(props: Props) {
  const {
    kind,
    filters,
    errors,
    values,
    provinceIds,
    canSeeDeleted,
    searchesNames,
    sort,
    numerals,
  } = props;
  const [t, tEnum, locale] = await Promise.all([
    getTranslations("filters"),
    getTranslations("enums"),
    getUiLocale(),
  ]);
  const names = RECORD_FILTERS[kind].filter(
    (n): n is Exclude<TRecordFilterName, "sort" | "cursor"> =>
      n !== "sort" && n !== "cursor" && (n !== "deleted" || canSeeDeleted),
  );
  const searchLabel =
    kind === "victims" && searchesNames ? t("search.victimsWithName") : t(`search.${kind}`);
  // Errors of filters without a field here (sort, cursor, a refused "deleted") head the form.
  const shown: readonly string[] = names;
  const formErrors = Object.entries(errors).filter(([n]) => !shown.includes(n));
  const hasErrors = Object.keys(errors).length > 0;
  // The values a filter's message may state ("at most {maximum} characters"), in the reader's digits.
  const errorText = (error: string) =>
    t(`errors.${error}`, countedValues({ maximum: SEARCH_MAX_LENGTH }, numerals));
  return (
    <form
      method="get"
      aria-label={t("title")}
      className="mb-4 grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
    >
      {hasErrors ? (
        <div className="text-sm font-medium text-red-700 sm:col-span-3 lg:col-span-6">
          <p>{t("notApplied")}</p>
          {formErrors.map(([n, e]) => (
            <p key={n}>{errorText(e)}</p>
          ))}
        </div>
      ) : null}
      {names.map((name) => {
        const id = `filter-${name}`;
        const error = errors[name];
        const errorId = `${id}-error`;
        const control = {
          id,
          name,
          // The value applied (e.g. "TH" for "th"), or an invalid one as it was typed.
          defaultValue: error ? showRefusedText(first(values[name])) : String(filters[name] ?? ""),
          "aria-invalid": error ? true : undefined,
          "aria-describedby": error ? errorId : undefined,
          className: inputClass,
        };
        const options = filterOptions(name, { kind, locale, numerals, provinceIds, t, tEnum });
        return (
          <div key={name} className="space-y-1">
            <label htmlFor={id} className="block text-sm font-medium">
              {name === "q" ? searchLabel : t(name)}
            </label>
            {options ? (
              <select {...control}>
                <option value="">{name === "deleted" ? t("deletedCurrent") : t("any")}</option>
                {options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : name === "year" ? (
              <input {...control} type="text" inputMode="numeric" autoComplete="off" />
            ) : name === "from" || name === "to" ? (
              <input {...control} type="date" />
            ) : (
              <input {...control} type="search" maxLength={SEARCH_MAX_LENGTH} />
            )}
            {error ? (
              <p id={errorId} className="text-sm text-red-700">
                {errorText(error)}
              </p>
            ) : null}
          </div>
        );
      })}
      {sort ? <input type="hidden" name="sort" value={sort} /> : null}
      <div className="flex gap-2 sm:col-span-3 lg:col-span-6">
        <Button type="submit">{t("apply")}</Button>
        <Button asChild variant="ghost">
          <a href={`/${kind}`}>{t("clear")}</a>
        </Button>
      </div>
    </form>
  );
}
