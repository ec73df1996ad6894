import { getTranslations } from "next-intl/server";
import { RecordList } from "@/components/records/record-list";
import type { RecordColumn, RecordRow } from "@/components/records/records-table";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/acting-user";
import { requireUser } from "@/lib/auth/current-user";
import { findSuspects } from "@/lib/data/suspects";
import { parseRecordFilters } from "@/lib/filters/record-filters";
import { countryName, formatEventDate } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";

export async function generateMetadata() {
  return { title: (await getTranslations("suspects"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SuspectsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("read:record");
  const params = await searchParams;
  const { filters, errors } = parseRecordFilters("suspects", params, {
    allowDeleted: can(user, "write:record"),
  });
  const [t, tEnum, tCommon, locale, { rows, total, nextCursor }] = await Promise.all([
    getTranslations("suspects"),
    getTranslations("enums"),
    getTranslations("common"),
    getUiLocale(),
    findSuspects(user, filters),
  ]);
  const columns: RecordColumn[] = [
    { id: "case", header: t("case"), sorts: ["reference-asc"], mono: true },
    { id: "role", header: t("role") },
    { id: "sex", header: t("sex") },
    { id: "nationality", header: t("nationality") },
    { id: "arrestedAt", header: t("arrestedAt"), sorts: ["date-desc", "date-asc"] },
    { id: "unit", header: t("unit") },
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
      arrestedAt: formatEventDate(s.arrestedAt, locale) ?? tCommon("notRecorded"),
      unit: s.arrestingUnit ?? tCommon("notRecorded"),
    },
  }));
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <RecordList
        kind="suspects"
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
