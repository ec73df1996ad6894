import { getTranslations } from "next-intl/server";
import {
  loadRecordList,
  RecordListPage,
  recordListMetadata,
  type SearchParams,
} from "@/components/records/record-list-page";
import type { RecordColumn, RecordRow } from "@/components/records/records-table";
import { findSuspects } from "@/lib/data/suspects";
import { countryName, formatEventDate } from "@/lib/i18n/format";

export function generateMetadata() {
  return recordListMetadata("suspects");
}

export default async function SuspectsPage({ searchParams }: { searchParams: SearchParams }) {
  const list = await loadRecordList("suspects", searchParams, findSuspects);
  const { rows, tEnum, tCommon, locale, numerals } = list;
  const t = await getTranslations("suspects");
  const columns: RecordColumn[] = [
    { id: "case", header: t("case"), sorts: ["reference-asc"], mono: true },
    { id: "role", header: t("role") },
    { id: "sex", header: t("sex") },
    { id: "nationality", header: t("nationality") },
    { id: "arrestedAt", header: t("arrestedAt"), sorts: ["date-desc", "date-asc"] },
    { id: "unit", header: t("unit"), asTyped: true },
  ];
  const tableRows: RecordRow[] = rows.map((s) => ({
    id: s.id,
    // A suspect is shown and edited on their case's page.
    href: s.caseId ? `/cases/${s.caseId}` : null,
    cells: {
      case: s.case?.reference ?? tCommon("none"),
      role: tEnum(`SuspectRole.${s.role}`),
      sex: tEnum(`Sex.${s.sex}`),
      nationality:
        countryName(s.nationality, locale) ??
        (s.isForeign ? t("foreignUnspecified") : tCommon("unknown")),
      arrestedAt: formatEventDate(s.arrestedAt, locale, numerals) ?? tCommon("notRecorded"),
      unit: s.arrestingUnit ?? tCommon("notRecorded"),
    },
  }));
  return (
    <RecordListPage
      list={list}
      title={t("title")}
      intro={t("intro")}
      columns={columns}
      rows={tableRows}
    />
  );
}
