import { getTranslations } from "next-intl/server";
import Link from "next/link";
import {
  loadRecordList,
  RecordListPage,
  recordListMetadata,
  type SearchParams,
} from "@/components/records/record-list-page";
import type { RecordColumn, RecordRow } from "@/components/records/records-table";
import { Button } from "@/components/ui/button";
import { writesByProvince } from "@/lib/auth/scope";
import { findStaleCaseIds } from "@/lib/data/case-activity";
import { findCases } from "@/lib/data/cases";
import { formatEventDate, provinceName } from "@/lib/i18n/format";
import { formatNumber } from "@/lib/i18n/numerals";
import { provinceOf } from "@/lib/domain/provinces";

export function generateMetadata() {
  return recordListMetadata("cases");
}

export default async function CasesPage({ searchParams }: { searchParams: SearchParams }) {
  const list = await loadRecordList("cases", searchParams, findCases);
  const { rows, tEnum, tCommon, locale, numerals, user } = list;
  const [t, tFlow, stale] = await Promise.all([
    getTranslations("cases"),
    getTranslations("caseWorkflow"),
    findStaleCaseIds(
      user,
      rows.map((c) => c.id),
    ),
  ]);
  const columns: RecordColumn[] = [
    {
      id: "reference",
      header: t("reference"),
      sorts: ["reference-asc", "reference-desc"],
      mono: true,
    },
    { id: "offence", header: t("offence") },
    { id: "province", header: t("province") },
    { id: "crackedDownAt", header: t("crackedDownAt"), sorts: ["date-desc", "date-asc"] },
    { id: "status", header: t("status") },
    { id: "stale", header: tFlow("staleColumn") },
    { id: "suspects", header: t("suspects"), align: "right" },
    { id: "victims", header: t("victims"), align: "right" },
  ];
  const tableRows: RecordRow[] = rows.map((c) => ({
    id: c.id,
    href: `/cases/${c.id}`,
    cells: {
      reference: c.reference,
      offence: tEnum(`OffenceType.${c.offenceType}`),
      province: provinceName(provinceOf(c.provinceId), locale) ?? tCommon("unknown"),
      crackedDownAt: formatEventDate(c.crackedDownAt, locale, numerals) ?? tCommon("notRecorded"),
      status: tEnum(`CaseStatus.${c.status}`),
      stale: stale.has(c.id) ? tFlow("stale") : "",
      suspects: formatNumber(c.suspects, numerals),
      victims: formatNumber(c.victims, numerals),
    },
  }));
  return (
    <RecordListPage
      list={list}
      title={t("title")}
      intro={t("intro")}
      actions={
        writesByProvince(user) ? (
          <Button asChild>
            <Link href="/cases/new">{t("newCase")}</Link>
          </Button>
        ) : null
      }
      columns={columns}
      rows={tableRows}
    />
  );
}
