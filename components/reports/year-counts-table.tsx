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

export async function YearCountsTable({ years }: { years: YearCounts[] }) {
  const [t, tCommon] = await Promise.all([getTranslations("reports"), getTranslations("common")]);
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
                {y.year}
              </Link>
            </TableHead>
            <TableCell className="text-right tabular-nums">{y.cases}</TableCell>
            <TableCell className="text-right tabular-nums">{y.arrests}</TableCell>
            <TableCell className="text-right tabular-nums">{y.victims}</TableCell>
            <TableCell className="text-right tabular-nums">{y.abroad}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
