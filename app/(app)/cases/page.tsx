import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { RecordList } from "@/components/records/record-list";
import type { RecordColumn, RecordRow } from "@/components/records/records-table";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/acting-user";
import { requireUser } from "@/lib/auth/current-user";
import { findCases } from "@/lib/data/cases";
import { parseRecordFilters } from "@/lib/filters/record-filters";
import { formatEventDate, provinceName } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";

export async function generateMetadata() {
  return { title: (await getTranslations("cases"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CasesPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("read:record");
  const params = await searchParams;
  const { filters, errors } = parseRecordFilters("cases", params, {
    allowDeleted: can(user, "write:record"),
  });
  const [t, tEnum, tCommon, locale, { rows, total, nextCursor }] = await Promise.all([
    getTranslations("cases"),
    getTranslations("enums"),
    getTranslations("common"),
    getUiLocale(),
    findCases(user, filters),
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
    { id: "suspects", header: t("suspects"), align: "right" },
    { id: "victims", header: t("victims"), align: "right" },
  ];
  const tableRows: RecordRow[] = rows.map((c) => ({
    id: c.id,
    href: `/cases/${c.id}`,
    cells: {
      reference: c.reference,
      offence: tEnum(`OffenceType.${c.offenceType}`),
      province: provinceName(c.province, locale) ?? tCommon("unknown"),
      crackedDownAt: formatEventDate(c.crackedDownAt, locale) ?? tCommon("notRecorded"),
      status: tEnum(`CaseStatus.${c.status}`),
      suspects: String(c._count.suspects),
      victims: String(c._count.victims),
    },
  }));
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          can(user, "write:record") ? (
            <Button asChild>
              <Link href="/cases/new">{t("newCase")}</Link>
            </Button>
          ) : null
        }
      />
      <RecordList
        kind="cases"
        user={user}
        title={t("title")}
        params={params}
        filters={filters}
        errors={errors}
        columns={columns}
        rows={tableRows}
        total={total}
        nextCursor={nextCursor}
      />
    </>
  );
}
