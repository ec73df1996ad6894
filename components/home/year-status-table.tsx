import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TReportLabels } from "@/components/reports/report-labels";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { TYearStatus } from "@/lib/data/home-publications";

/** Records by year in scope and, when asked, each year's report: published (which revision,
 * when) or not; the year opens its report. */
export async function YearStatusTable({
  years,
  labels,
  showPublication,
}: {
  years: TYearStatus[];
  labels: TReportLabels;
  showPublication: boolean;
}) {
  const [t, tReports, tCommon] = await Promise.all([
    getTranslations("home"),
    getTranslations("reports"),
    getTranslations("common"),
  ]);
  if (years.length === 0) return <p className="text-slate-600">{tCommon("empty")}</p>;
  const number = "text-right align-bottom whitespace-normal";
  return (
    <Table label={tReports("byYear")}>
      <TableHeader>
        <TableRow>
          <TableHead className="align-bottom">{tReports("year")}</TableHead>
          <TableHead className={number}>{tReports("cases")}</TableHead>
          <TableHead className={number}>{tReports("arrests")}</TableHead>
          <TableHead className={number}>{tReports("victims")}</TableHead>
          <TableHead className={number}>{tReports("abroad")}</TableHead>
          {showPublication ? (
            <TableHead className="align-bottom">{t("publication.title")}</TableHead>
          ) : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {years.map((y) => (
          <TableRow key={y.year}>
            <TableHead scope="row">
              <Link
                href={`/reports/${y.year}`}
                prefetch={false}
                className="text-blue-800 underline underline-offset-2"
              >
                {labels.year(y.year)}
              </Link>
            </TableHead>
            <TableCell className="text-right tabular-nums">{labels.number(y.cases)}</TableCell>
            <TableCell className="text-right tabular-nums">{labels.number(y.arrests)}</TableCell>
            <TableCell className="text-right tabular-nums">{labels.number(y.victims)}</TableCell>
            <TableCell className="text-right tabular-nums">{labels.number(y.abroad)}</TableCell>
            {showPublication ? (
              <TableCell>
                {y.published
                  ? t("publication.published", {
                      revision: labels.number(y.published.revision),
                      date: labels.dateTime(y.published.publishedAt),
                    })
                  : t("publication.notPublished")}
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
