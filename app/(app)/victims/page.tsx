import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { findVictims } from "@/lib/data/victims";
import { countryName, formatEventDate, provinceName } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";

export async function generateMetadata() {
  return { title: (await getTranslations("victims"))("title") };
}

export default async function VictimsPage() {
  const user = await requireUser("read:record");
  const [t, tEnum, tCommon, locale, { rows, total }] = await Promise.all([
    getTranslations("victims"),
    getTranslations("enums"),
    getTranslations("common"),
    getUiLocale(),
    findVictims(user),
  ]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <Table label={t("title")}>
        <TableCaption>{tCommon("showing", { shown: rows.length, total })}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead>{t("code")}</TableHead>
            <TableHead>{t("sex")}</TableHead>
            <TableHead className="text-right">{t("age")}</TableHead>
            <TableHead>{t("nationality")}</TableHead>
            <TableHead>{t("rescuedAt")}</TableHead>
            <TableHead>{t("place")}</TableHead>
            <TableHead>{t("agency")}</TableHead>
            <TableHead>{t("exploitation")}</TableHead>
            <TableHead>{t("case")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((v) => (
            <TableRow key={v.id}>
              <TableHead scope="row" className="font-mono font-medium">
                {v.code}
              </TableHead>
              <TableCell>{tEnum(`Sex.${v.sex}`)}</TableCell>
              <TableCell className="text-right tabular-nums">
                {v.ageAtRescue ?? tCommon("unknown")}
              </TableCell>
              <TableCell>{countryName(v.nationality, locale) ?? tCommon("unknown")}</TableCell>
              <TableCell>
                {formatEventDate(v.rescuedAt, locale) ?? tCommon("notRecorded")}
              </TableCell>
              <TableCell>
                {(v.rescuedAbroad
                  ? countryName(v.rescueCountry, locale)
                  : provinceName(v.rescueProvince, locale)) ?? tCommon("unknown")}
              </TableCell>
              <TableCell>{tEnum(`RescuingAgency.${v.rescuingAgency}`)}</TableCell>
              <TableCell>{tEnum(`ExploitationType.${v.exploitationType}`)}</TableCell>
              <TableCell className="font-mono">{v.case?.reference ?? tCommon("none")}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
