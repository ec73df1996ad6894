import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { getUiNumerals, requireUser } from "@/lib/auth/current-user";
import { findAgencies } from "@/lib/data/agencies";
import { provinceName } from "@/lib/i18n/format";
import { formatNumber } from "@/lib/i18n/numerals";
import { getUiLocale } from "@/lib/i18n/server";

export async function generateMetadata() {
  return { title: (await getTranslations("agencies"))("title") };
}

export default async function AgenciesPage() {
  const user = await requireUser("manage:agency");
  const [t, tEnum, locale, numerals, agencies] = await Promise.all([
    getTranslations("agencies"),
    getTranslations("enums"),
    getUiLocale(),
    getUiNumerals(),
    findAgencies(user),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <Button asChild>
            <Link href="/admin/agencies/new">{t("newAgency")}</Link>
          </Button>
        }
      />
      <AdminTabs current="agencies" />
      <Table label={t("title")}>
        <TableHeader>
          <TableRow>
            <TableHead>{t("code")}</TableHead>
            <TableHead>{t("kind")}</TableHead>
            <TableHead>{t("province")}</TableHead>
            <TableHead>{t("services")}</TableHead>
            <TableHead>{t("status")}</TableHead>
            <TableHead className="text-right">{t("users")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {agencies.map((a) => (
            <TableRow key={a.id}>
              <TableHead scope="row">
                <Link className="text-brand-700 underline" href={`/admin/agencies/${a.id}`}>
                  <span translate="no">{a.code}</span>
                </Link>
                <span className="block text-xs text-slate-600">
                  {locale === "km" ? a.nameKm : a.nameEn}
                </span>
              </TableHead>
              <TableCell>{tEnum(`AgencyKind.${a.kind}`)}</TableCell>
              <TableCell>{a.province ? provinceName(a.province, locale) : t("national")}</TableCell>
              <TableCell>
                {a.services.length
                  ? a.services.map((s) => tEnum(`ServiceType.${s}`)).join(", ")
                  : t("none")}
              </TableCell>
              <TableCell>{a.active ? t("active") : t("inactive")}</TableCell>
              <TableCell className="text-right tabular-nums">
                {formatNumber(a.userCount, numerals)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
