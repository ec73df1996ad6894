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
import type { TRecentEntry } from "@/lib/data/home-recent";

/** The records the user created or last changed, by reference or code, newest first. */
export async function RecentEntries({
  entries,
  labels,
}: {
  entries: TRecentEntry[];
  labels: TReportLabels;
}) {
  const t = await getTranslations("home");
  if (entries.length === 0) return <p className="text-slate-600">{t("recent.none")}</p>;
  return (
    <Table label={t("recent.table")}>
      <TableHeader>
        <TableRow>
          <TableHead>{t("recent.record")}</TableHead>
          <TableHead>{t("recent.kind")}</TableHead>
          <TableHead>{t("recent.what")}</TableHead>
          <TableHead>{t("recent.when")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map((e) => (
          <TableRow key={`${e.kind}-${e.id}`}>
            <TableHead scope="row" className="font-normal">
              <Link
                href={e.href}
                prefetch={false}
                className="font-mono text-blue-800 underline underline-offset-2"
              >
                {e.label ?? t("noCase")}
              </Link>
            </TableHead>
            <TableCell>{t(`recent.kinds.${e.kind}`)}</TableCell>
            <TableCell>{e.created ? t("recent.created") : t("recent.updated")}</TableCell>
            <TableCell className="tabular-nums">{labels.dateTime(e.at)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
