import { getTranslations } from "next-intl/server";
import { can, scopeProvinceIds, type ActingUser } from "@/lib/auth/acting-user";
import {
  recordFiltersQuery,
  sortOf,
  type TRecordFilterErrors,
  type TRecordFilters,
  type TRecordKind,
} from "@/lib/filters/record-filters";
import { getUiNumerals } from "@/lib/auth/current-user";
import { formatNumber } from "@/lib/i18n/numerals";
import { RecordFilters } from "./record-filters";
import { RecordPager } from "./record-pager";
import { RecordsTable, type RecordColumn, type RecordRow } from "./records-table";

type Props = {
  kind: TRecordKind;
  user: ActingUser;
  /** The page title, which also names the table's region. */
  title: string;
  params: Record<string, string | string[] | undefined>;
  filters: TRecordFilters;
  errors: TRecordFilterErrors;
  columns: RecordColumn[];
  rows: RecordRow[];
  total: number;
  nextCursor: string | null;
};

/** A record list: its filter form, the table of one page, and the page links. */
export async function RecordList(props: Props) {
  const { kind, user, title, params, filters, errors, columns, rows, total, nextCursor } = props;
  const [tCommon, tRecords, numerals] = await Promise.all([
    getTranslations("common"),
    getTranslations("records"),
    getUiNumerals(),
  ]);
  const sort = sortOf(kind, filters);
  // The header links change the sort and start again at the first page.
  const query = recordFiltersQuery({ ...filters, sort: undefined, cursor: undefined }).slice(1);
  return (
    <>
      <RecordFilters
        kind={kind}
        filters={filters}
        errors={errors}
        values={params}
        provinceIds={scopeProvinceIds(user)}
        canSeeDeleted={can(user, "write:record")}
        searchesNames={can(user, "read:victim-identity")}
        sort={filters.sort}
        numerals={numerals}
      />
      {filters.deleted === "only" ? (
        <p className="mb-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {tRecords("deletedShown")}
        </p>
      ) : null}
      <RecordsTable
        label={title}
        caption={tCommon("showing", {
          shown: formatNumber(rows.length, numerals),
          total: formatNumber(total, numerals),
        })}
        emptyText={tRecords("noMatch")}
        columns={columns}
        rows={rows}
        sort={sort}
        path={`/${kind}`}
        query={query}
      />
      <RecordPager kind={kind} filters={filters} nextCursor={nextCursor} />
    </>
  );
}
