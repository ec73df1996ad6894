import { getTranslations } from "next-intl/server";
import { RecordList } from "@/components/records/record-list";
import type { RecordColumn, RecordRow } from "@/components/records/records-table";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/acting-user";
import { requireUser } from "@/lib/auth/current-user";
import { findVictims } from "@/lib/data/victims";
import { parseRecordFilters } from "@/lib/filters/record-filters";
import { countryName, formatEventDate, provinceName } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";

export async function generateMetadata() {
  return { title: (await getTranslations("victims"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function VictimsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("read:record");
  const params = await searchParams;
  const { filters, errors } = parseRecordFilters("victims", params, {
    allowDeleted: can(user, "write:record"),
  });
  const [t, tEnum, tCommon, tFilters, locale, { rows, total, nextCursor }] = await Promise.all([
    getTranslations("victims"),
    getTranslations("enums"),
    getTranslations("common"),
    getTranslations("filters"),
    getUiLocale(),
    findVictims(user, filters),
  ]);
  const columns: RecordColumn[] = [
    { id: "code", header: t("code"), sorts: ["code-asc", "code-desc"], mono: true },
    { id: "sex", header: t("sex") },
    { id: "age", header: t("age") },
    { id: "nationality", header: t("nationality") },
    { id: "rescuedAt", header: t("rescuedAt"), sorts: ["date-desc", "date-asc"] },
    { id: "place", header: t("place") },
    { id: "agency", header: t("agency") },
    { id: "exploitation", header: t("exploitation") },
    { id: "case", header: t("case"), mono: true },
  ];
  const tableRows: RecordRow[] = rows.map((v) => ({
    id: v.id,
    href: `/victims/${v.id}`,
    cells: {
      code: v.code,
      sex: tEnum(`Sex.${v.sex}`),
      // The band, computed in PostgreSQL: the list never reads a date of birth.
      age: tFilters(`ageBands.${v.ageBand}`),
      nationality: countryName(v.nationality, locale) ?? tCommon("unknown"),
      rescuedAt: formatEventDate(v.rescuedAt, locale) ?? tCommon("notRecorded"),
      place:
        (v.rescuedAbroad
          ? countryName(v.rescueCountry, locale)
          : provinceName(v.rescueProvince, locale)) ?? tCommon("unknown"),
      agency: tEnum(`RescuingAgency.${v.rescuingAgency}`),
      exploitation: tEnum(`ExploitationType.${v.exploitationType}`),
      case: v.case?.reference ?? tCommon("none"),
    },
  }));
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <RecordList
        kind="victims"
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
