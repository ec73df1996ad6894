import { getTranslations } from "next-intl/server";
import {
  loadRecordList,
  RecordListPage,
  recordListMetadata,
  type SearchParams,
} from "@/components/records/record-list-page";
import type { RecordColumn, RecordRow } from "@/components/records/records-table";
import { findVictims } from "@/lib/data/victims";
import { provinceOf } from "@/lib/domain/provinces";
import { ageBandValues, countryName, formatEventDate, provinceName } from "@/lib/i18n/format";

export function generateMetadata() {
  return recordListMetadata("victims");
}

export default async function VictimsPage({ searchParams }: { searchParams: SearchParams }) {
  const list = await loadRecordList("victims", searchParams, findVictims);
  const { rows, tEnum, tCommon, locale, numerals } = list;
  const t = await getTranslations("victims");
  const tFilters = await getTranslations("filters");
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
      age: tFilters(`ageBands.${v.ageBand}`, ageBandValues(numerals)),
      nationality: countryName(v.nationality, locale) ?? tCommon("unknown"),
      rescuedAt: formatEventDate(v.rescuedAt, locale, numerals) ?? tCommon("notRecorded"),
      place:
        (v.rescuedAbroad
          ? countryName(v.rescueCountry, locale)
          : provinceName(provinceOf(v.rescueProvinceId), locale)) ?? tCommon("unknown"),
      agency: tEnum(`RescuingAgency.${v.rescuingAgency}`),
      exploitation: tEnum(`ExploitationType.${v.exploitationType}`),
      case: v.case?.reference ?? tCommon("none"),
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
