import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { can, type ActingUser } from "@/lib/auth/acting-user";
import { getUiNumerals, requireUser } from "@/lib/auth/current-user";
import { reachesRecords } from "@/lib/auth/scope";
import {
  parseRecordFilters,
  type TRecordFilterErrors,
  type TRecordFilters,
  type TRecordKind,
} from "@/lib/filters/record-filters";
import type { Numerals } from "@/lib/i18n/numerals";
import { getUiLocale } from "@/lib/i18n/server";
import { RecordList } from "./record-list";
import type { RecordColumn, RecordRow } from "./records-table";

// What the three record list pages (cases, suspects, victims) share: the reader, the filters
// read from the URL, one page of records, and the page around the table. Each page adds only its
// columns and how a record shows in them.

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
type Page<R> = { rows: R[]; total: number; nextCursor: string | null };

export type LoadedRecordList<R> = Page<R> & {
  kind: TRecordKind;
  user: ActingUser;
  params: Record<string, string | string[] | undefined>;
  filters: TRecordFilters;
  errors: TRecordFilterErrors;
  locale: Awaited<ReturnType<typeof getUiLocale>>;
  /** The reader's digits, for the dates and counts in the rows (decision 0028). */
  numerals: Numerals;
  tEnum: Awaited<ReturnType<typeof getTranslations<"enums">>>;
  tCommon: Awaited<ReturnType<typeof getTranslations<"common">>>;
};

/** The page's title as the browser tab shows it. */
export async function recordListMetadata(kind: TRecordKind) {
  return { title: (await getTranslations(kind))("title") };
}

const RECORD_KIND = { cases: "case", suspects: "suspect", victims: "victim" } as const;

/**
 * Signs the reader in (`read:record`), reads the filters from the URL (deleted records only for
 * those who may restore them) and loads one page through `find`, which scopes it to the reader.
 */
export async function loadRecordList<R>(
  kind: TRecordKind,
  searchParams: SearchParams,
  find: (user: ActingUser, filters: TRecordFilters) => Promise<Page<R>>,
): Promise<LoadedRecordList<R>> {
  const user = await requireUser("read:record");
  // A list of records the user's reach holds none of is refused, not shown empty (a provider
  // reaches no case, a court no victim: decision 0034).
  if (!reachesRecords(user, RECORD_KIND[kind])) forbidden();
  const params = await searchParams;
  const { filters, errors } = parseRecordFilters(kind, params, {
    allowDeleted: can(user, "write:record"),
  });
  const [tEnum, tCommon, locale, numerals, page] = await Promise.all([
    getTranslations("enums"),
    getTranslations("common"),
    getUiLocale(),
    getUiNumerals(),
    find(user, filters),
  ]);
  return { kind, user, params, filters, errors, tEnum, tCommon, locale, numerals, ...page };
}

/** The list page: its header, then the filters, the table of one page and the page links. */
export function RecordListPage<R>({
  list,
  title,
  intro,
  actions,
  columns,
  rows,
}: {
  list: LoadedRecordList<R>;
  title: string;
  intro: string;
  actions?: ReactNode;
  columns: RecordColumn[];
  rows: RecordRow[];
}) {
  return (
    <>
      <PageHeader title={title} intro={intro} actions={actions} />
      <RecordList
        kind={list.kind}
        user={list.user}
        title={title}
        params={list.params}
        filters={list.filters}
        errors={list.errors}
        columns={columns}
        rows={rows}
        total={list.total}
        nextCursor={list.nextCursor}
      />
    </>
  );
}
