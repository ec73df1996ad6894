// Test-only helpers for the record lists' integration tests.
import { expect } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import {
  parseRecordFilters,
  type TRecordFilters,
  type TRecordKind,
} from "@/lib/filters/record-filters";

/** Filters as a list would read them from its URL; fails the test on any invalid value. */
export function filtersOf(kind: TRecordKind, params: Record<string, string>): TRecordFilters {
  const { filters, errors } = parseRecordFilters(kind, params);
  expect(errors).toEqual({});
  return filters;
}

type Find<R> = (
  user: ActingUser,
  filters: TRecordFilters,
) => Promise<{ rows: R[]; total: number; nextCursor: string | null }>;

/** Every page of a list, following its cursors; and the total each page reported. */
export async function walkPages<R>(find: Find<R>, user: ActingUser, filters: TRecordFilters) {
  const rows: R[] = [];
  const totals: number[] = [];
  const sizes: number[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const page = await find(user, { ...filters, cursor });
    rows.push(...page.rows);
    totals.push(page.total);
    sizes.push(page.rows.length);
    if (!page.nextCursor) return { rows, totals, sizes };
    cursor = page.nextCursor;
  }
  throw new Error("more than 100 pages: the cursor does not advance");
}
