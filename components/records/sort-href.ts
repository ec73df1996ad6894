// Sorting lives in the URL: a sortable header is a link to the same list in another order.

/** The sort a header link applies: the column's first sort, or its next one if it is current. */
export function nextSort(sorts: readonly string[], current: string): string {
  const at = sorts.indexOf(current);
  return sorts[at >= 0 ? (at + 1) % sorts.length : 0] ?? current;
}

/** The list at `path` with its filters (`query`, without `?`) in the next sort, from page one. */
export function sortHref(path: string, query: string, sorts: readonly string[], current: string) {
  const params = new URLSearchParams(query);
  params.delete("cursor");
  params.set("sort", nextSort(sorts, current));
  return `${path}?${params.toString()}`;
}

/** The aria-sort value of a column sorted by `sort`. */
export function ariaSort(sort: string): "ascending" | "descending" {
  return sort.endsWith("-desc") ? "descending" : "ascending";
}
