import {
  RECORD_FILTERS,
  RECORD_SORTS,
  ZRecordFilters,
  type TRecordFilterErrors,
  type TRecordFilterName,
  type TRecordFilters,
  type TRecordKind,
  type TRecordSort,
} from "./record-filter-schema";

// The one definition of the record lists' filters, as they appear in the URL. The lists read it
// now; the annual report's drill-down links will write it, so that a figure and the list behind it
// mean the same records. Pure (no server code), so client components may build links with it.

export * from "./record-filter-schema";

/** The message keys of `filters.errors`; zod's own messages (none expected) show as "choose". */
const ERROR_KEYS: readonly string[] = [
  ...["year", "date", "province", "choose", "nationality", "rescueCountry", "tooLong"],
  ...["sort", "cursor", "deleted", "controlCharacters"],
];

type ParseOptions = {
  /** False for users who may not restore records: asking for deleted ones is then refused beside
   * the filter, rather than by the where-builder's permission check failing the page. */
  allowDeleted?: boolean;
};

function filterError(
  kind: TRecordKind,
  name: TRecordFilterName,
  raw: unknown,
  options: ParseOptions,
): string | null {
  const result = ZRecordFilters.shape[name].safeParse(raw);
  if (!result.success) {
    const message = result.error.issues[0]?.message ?? "";
    return ERROR_KEYS.includes(message) ? message : "choose";
  }
  const value = result.data;
  // Values the schema accepts that this list, or this user, may not use.
  if (value === undefined) return null;
  if (name === "sort" && !(RECORD_SORTS[kind] as readonly unknown[]).includes(value)) return "sort";
  const suspectsOnly = value === "foreign-unspecified" || value === "unknown";
  if (name === "nationality" && kind !== "suspects" && suspectsOnly) {
    return "nationality";
  }
  if (name === "deleted" && options.allowDeleted === false) return "deleted";
  return null;
}

/**
 * The list's filters from its search params. A valid filter applies; an invalid one does not,
 * and its message key (in `filters.errors`) is returned for display beside it.
 */
export function parseRecordFilters(
  kind: TRecordKind,
  params: Record<string, string | string[] | undefined>,
  options: ParseOptions = {},
): { filters: TRecordFilters; errors: TRecordFilterErrors } {
  const accepted: Record<string, unknown> = {};
  const errors: TRecordFilterErrors = {};
  for (const name of RECORD_FILTERS[kind]) {
    const error = filterError(kind, name, params[name], options);
    if (error) errors[name] = error;
    else accepted[name] = params[name];
  }
  return { filters: ZRecordFilters.parse(accepted), errors };
}

/** The sort a list uses: the one asked for, or the list's default. */
export function sortOf<K extends TRecordKind>(kind: K, filters: TRecordFilters): TRecordSort<K> {
  const sorts: readonly TRecordSort<K>[] = RECORD_SORTS[kind];
  return sorts.find((s) => s === filters.sort) ?? (sorts[0] as TRecordSort<K>);
}

/** `?year=2017&…` in the schema's order, without empty values ("" when nothing is set). */
export function recordFiltersQuery(filters: Partial<TRecordFilters>): string {
  const params = new URLSearchParams();
  for (const name of Object.keys(ZRecordFilters.shape) as TRecordFilterName[]) {
    const value = filters[name];
    if (value !== undefined && value !== "") params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The link to a list showing exactly the records these filters select. */
export function recordListHref(kind: TRecordKind, filters: Partial<TRecordFilters> = {}): string {
  return `/${kind}${recordFiltersQuery(filters)}`;
}
