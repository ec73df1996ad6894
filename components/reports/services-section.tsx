import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ReportBarChart } from "@/components/reports/bar-chart";
import { ReportSection } from "@/components/reports/report-section";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { servicesDrillDown as d } from "@/lib/reports/services-drill-down";
import type { TReportDocument } from "@/lib/reports/types";
import type { TReportLabels } from "./report-labels";

// The report's services section (decision 0035): referrals referred and provided by service, and
// the victims visited by their latest reintegration status; charts beside tables whose counts
// open the /referrals list that shows exactly the referrals behind each.

function Count({
  count,
  href,
  label,
  labels,
}: {
  count: number;
  href: string;
  label: string;
  labels: TReportLabels;
}) {
  return (
    <Link
      href={href}
      prefetch={false}
      aria-label={labels.t("openRecords", { count: labels.number(count), figure: label })}
      className="font-medium text-blue-800 tabular-nums underline decoration-blue-300 underline-offset-2 hover:decoration-blue-800"
    >
      {labels.number(count)}
    </Link>
  );
}

export async function ServicesSection({
  r,
  labels,
}: {
  r: TReportDocument;
  labels: TReportLabels;
}) {
  const s = r.services;
  if (!s) return null;
  const [t, tEnum] = await Promise.all([
    getTranslations("reportServices"),
    getTranslations("enums"),
  ]);
  const p = r.period;
  const service = (key: string) => tEnum(`ServiceType.${key}` as "ServiceType.SHELTER");
  const status = (key: string) =>
    tEnum(`ReintegrationStatus.${key}` as "ReintegrationStatus.IN_PROGRESS");
  const figure = (title: string, row: string) => labels.t("figureOf", { title, figure: row });
  return (
    <>
      <ReportSection
        id="services-by-type"
        title={t("byType")}
        intro={t("byTypeIntro")}
        chart={
          <ReportBarChart
            horizontal
            data={s.byType.map((row) => ({ label: service(row.service), count: row.referred }))}
            numerals={labels.numerals}
            label={labels.t("chartOf", { title: t("referredChart") })}
          />
        }
      >
        <Table label={t("byType")}>
          <TableHeader>
            <TableRow>
              <TableHead>{t("service")}</TableHead>
              <TableHead className="text-right">{t("referred")}</TableHead>
              <TableHead className="text-right">{t("provided")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {s.byType.map((row) => (
              <TableRow key={row.service}>
                <TableHead scope="row" className="font-normal">
                  {service(row.service)}
                </TableHead>
                <TableCell className="text-right">
                  <Count
                    count={row.referred}
                    href={d.referred(p, row.service)}
                    label={figure(t("referred"), service(row.service))}
                    labels={labels}
                  />
                </TableCell>
                <TableCell className="text-right">
                  <Count
                    count={row.provided}
                    href={d.provided(p, row.service)}
                    label={figure(t("provided"), service(row.service))}
                    labels={labels}
                  />
                </TableCell>
              </TableRow>
            ))}
            <TableRow className="bg-slate-50">
              <TableHead scope="row">{labels.t("total")}</TableHead>
              <TableCell className="text-right">
                <Count
                  count={s.referred}
                  href={d.referred(p)}
                  label={t("referred")}
                  labels={labels}
                />
              </TableCell>
              <TableCell className="text-right">
                <Count
                  count={s.provided}
                  href={d.provided(p)}
                  label={t("provided")}
                  labels={labels}
                />
              </TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </ReportSection>
      <ReportSection
        id="services-reintegration"
        title={t("reintegration")}
        intro={t("reintegrationIntro")}
        chart={
          <ReportBarChart
            data={s.reintegration.map((row) => ({ label: status(row.status), count: row.count }))}
            numerals={labels.numerals}
            label={labels.t("chartOf", { title: t("reintegration") })}
          />
        }
      >
        <Table label={t("reintegration")}>
          <TableHeader>
            <TableRow>
              <TableHead>{t("status")}</TableHead>
              <TableHead className="text-right">{t("victims")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {s.reintegration.map((row) => (
              <TableRow key={row.status}>
                <TableHead scope="row" className="font-normal">
                  {status(row.status)}
                </TableHead>
                <TableCell className="text-right">
                  <Count
                    count={row.count}
                    href={d.reintegration(p, row.status)}
                    label={figure(t("reintegration"), status(row.status))}
                    labels={labels}
                  />
                </TableCell>
              </TableRow>
            ))}
            <TableRow className="bg-slate-50">
              <TableHead scope="row">{labels.t("total")}</TableHead>
              <TableCell className="text-right tabular-nums">
                {labels.number(s.visitedVictims)}
              </TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </ReportSection>
    </>
  );
}
