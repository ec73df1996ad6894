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
import { findCases } from "@/lib/data/cases";
import { formatEventDate, provinceName } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";

export async function generateMetadata() {
  return { title: (await getTranslations("cases"))("title") };
}

export default async function CasesPage() {
  const user = await requireUser("read:record");
  const [t, tEnum, tCommon, locale, { rows, total }] = await Promise.all([
    getTranslations("cases"),
    getTranslations("enums"),
    getTranslations("common"),
    getUiLocale(),
    findCases(user),
  ]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <Table label={t("title")}>
        <TableCaption>{tCommon("showing", { shown: rows.length, total })}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead>{t("reference")}</TableHead>
            <TableHead>{t("offence")}</TableHead>
            <TableHead>{t("province")}</TableHead>
            <TableHead>{t("crackedDownAt")}</TableHead>
            <TableHead>{t("status")}</TableHead>
            <TableHead className="text-right">{t("suspects")}</TableHead>
            <TableHead className="text-right">{t("victims")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((c) => (
            <TableRow key={c.id}>
              <TableHead scope="row" className="font-mono font-medium">
                {c.reference}
              </TableHead>
              <TableCell>{tEnum(`OffenceType.${c.offenceType}`)}</TableCell>
              <TableCell>{provinceName(c.province, locale)}</TableCell>
              <TableCell>
                {formatEventDate(c.crackedDownAt, locale) ?? tCommon("notRecorded")}
              </TableCell>
              <TableCell>{tEnum(`CaseStatus.${c.status}`)}</TableCell>
              <TableCell className="text-right tabular-nums">{c._count.suspects}</TableCell>
              <TableCell className="text-right tabular-nums">{c._count.victims}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
