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
import { findSuspects } from "@/lib/data/suspects";
import { countryName, formatEventDate } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";

export async function generateMetadata() {
  return { title: (await getTranslations("suspects"))("title") };
}

export default async function SuspectsPage() {
  const user = await requireUser("read:record");
  const [t, tEnum, tCommon, locale, { rows, total }] = await Promise.all([
    getTranslations("suspects"),
    getTranslations("enums"),
    getTranslations("common"),
    getUiLocale(),
    findSuspects(user),
  ]);
  const nationality = (s: (typeof rows)[number]) =>
    countryName(s.nationality, locale) ??
    (s.isForeign ? t("foreignUnspecified") : tCommon("unknown"));
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <Table label={t("title")}>
        <TableCaption>{tCommon("showing", { shown: rows.length, total })}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead>{t("case")}</TableHead>
            <TableHead>{t("role")}</TableHead>
            <TableHead>{t("sex")}</TableHead>
            <TableHead>{t("nationality")}</TableHead>
            <TableHead>{t("arrestedAt")}</TableHead>
            <TableHead>{t("unit")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((s) => (
            <TableRow key={s.id}>
              <TableHead scope="row" className="font-mono font-medium">
                {s.case?.reference ?? tCommon("none")}
              </TableHead>
              <TableCell>{tEnum(`SuspectRole.${s.role}`)}</TableCell>
              <TableCell>{tEnum(`Sex.${s.sex}`)}</TableCell>
              <TableCell>{nationality(s)}</TableCell>
              <TableCell>
                {formatEventDate(s.arrestedAt, locale) ?? tCommon("notRecorded")}
              </TableCell>
              <TableCell>{s.arrestingUnit ?? tCommon("notRecorded")}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
