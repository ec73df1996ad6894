import Link from "next/link";
import { getTranslations } from "next-intl/server";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { YearCounts } from "@/lib/data/overview";
import { getUiNumerals } from "@/lib/auth/current-user";
import { formatNumber, formatYear } from "@/lib/i18n/numerals";

export async function YearCountsTable({ years }: { years: YearCounts[] }) {
  const [t, tCommon, numerals] = await Promise.all([
    getTranslations("reports"),
    getTranslations("common"),
    getUiNumerals(),
  ]);
  const n = (value: number) => formatNumber(value, numerals);
  if (years.length === 0) return <p className="text-slate-600">{tCommon("empty")}</p>;
  // Long headings wrap, so all five columns fit beside the chart rather than scroll out of sight.
  const number = "text-right align-bottom whitespace-normal";
  return (
    <Table label={t("byYear")}>
      <TableHeader>
        <TableRow>
          <TableHead className="align-bottom">{t("year")}</TableHead>
          <TableHead className={number}>{t("cases")}</TableHead>
          <TableHead className={number}>{t("arrests")}</TableHead>
          <TableHead className={number}>{t("victims")}</TableHead>
          <TableHead className={number}>{t("abroad")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {years.map((y) => (
          <TableRow key={y.year}>
            <TableHead scope="row">
              <Link
                href={`/reports/${y.year}`}
                className="text-blue-800 underline underline-offset-2"
              >
                {formatYear(y.year, numerals)}
              </Link>
            </TableHead>
            <TableCell className="text-right tabular-nums">{n(y.cases)}</TableCell>
            <TableCell className="text-right tabular-nums">{n(y.arrests)}</TableCell>
            <TableCell className="text-right tabular-nums">{n(y.victims)}</TableCell>
            <TableCell className="text-right tabular-nums">{n(y.abroad)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
