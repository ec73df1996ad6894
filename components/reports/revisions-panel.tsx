import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { can } from "@/lib/auth/acting-user";
import { requireUser, getUiNumerals } from "@/lib/auth/current-user";
import { findReportRevisions, type TRecordChange } from "@/lib/data/report-revisions";
import { formatDateTime } from "@/lib/i18n/format";
import { formatDifference, formatNumber, formatYear, withNumerals } from "@/lib/i18n/numerals";
import { getUiLocale } from "@/lib/i18n/server";
import type { TReportDocument } from "@/lib/reports/types";
import { figureLabel } from "./figure-label";
import { RevisionDownloads } from "./revision-downloads";

/**
 * The year's published state for national readers: the latest revision and its hash, the figures
 * that differ from the records now (published beside current), and who changed the year's
 * records since. Scoped readers see nothing: their report is not the published one.
 * `report`, optional, is the report the page built; it saves building the live one again.
 */
export async function RevisionsPanel({ year, report }: { year: number; report?: TReportDocument }) {
  const user = await requireUser("read:report");
  if (!user.nationalScope) return null;
  const [revisions, t, enums, filters, locale, numerals] = await Promise.all([
    findReportRevisions(user, year, report),
    getTranslations("reportPublish"),
    getTranslations("enums"),
    getTranslations("filters"),
    getUiLocale(),
    getUiNumerals(),
  ]);
  const heading = (
    <h2 id="report-revisions-title" className="text-lg font-semibold text-slate-900">
      {t("panelTitle")}
    </h2>
  );
  if (!revisions) {
    return (
      <Card aria-labelledby="report-revisions-title" className="space-y-2">
        {heading}
        <p className="text-sm text-slate-700">
          {t("notPublished", { year: formatYear(year, numerals) })}
        </p>
      </Card>
    );
  }
  const text = { t, enums, filters, locale, numerals };
  const actionName = (c: TRecordChange) => {
    const verb = c.action.split(".").at(-1) ?? c.action;
    const entity = t.has(`entityTypes.${c.entityType}`) ? t(`entityTypes.${c.entityType}`) : "";
    return t.has(`actions.${verb}`) ? `${entity} ${t(`actions.${verb}`)}`.trim() : c.action;
  };
  const recordName = (c: TRecordChange) =>
    c.entityType === "suspect"
      ? c.recordLabel
        ? t("suspectInCase", { reference: c.recordLabel })
        : t("suspectNoCase")
      : (c.recordLabel ?? c.entityId);
  return (
    <Card aria-labelledby="report-revisions-title" className="space-y-4">
      {heading}
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-600">{t("revision")}</dt>
        <dd>{formatNumber(revisions.revision, numerals)}</dd>
        <dt className="font-medium text-slate-600">{t("publishedAt")}</dt>
        <dd>{formatDateTime(revisions.publishedAt, locale, numerals)}</dd>
        <dt className="font-medium text-slate-600">{t("publishedBy")}</dt>
        <dd translate="no">{revisions.publishedBy}</dd>
        <dt className="font-medium text-slate-600">{t("sha256")}</dt>
        <dd>
          <code className="font-mono text-xs break-all">{revisions.sha256}</code>
          <span className="block text-xs text-slate-600">{t("hashHint")}</span>
        </dd>
        <dt className="font-medium text-slate-600">{t("auditHead")}</dt>
        <dd>
          {revisions.auditHead ? (
            <>
              {t("auditHeadEvent", { id: withNumerals(revisions.auditHead.id, numerals) })}{" "}
              <code className="font-mono text-xs" title={revisions.auditHead.hash}>
                {revisions.auditHead.hash.slice(0, 12)}…
              </code>
              <details className="text-xs">
                <summary className="cursor-pointer text-slate-600">{t("auditHeadFull")}</summary>
                <code className="font-mono break-all">{revisions.auditHead.hash}</code>
              </details>
              <span className="block text-xs text-slate-600">{t("auditHeadHint")}</span>
            </>
          ) : (
            t("auditHeadNone")
          )}
        </dd>
        {revisions.note ? (
          <>
            <dt className="font-medium text-slate-600">{t("noteLabel")}</dt>
            <dd className="whitespace-pre-line">{revisions.note}</dd>
          </>
        ) : null}
      </dl>

      {can(user, "export:report") ? (
        <RevisionDownloads
          year={year}
          revisions={revisions.history.map((h) => h.revision)}
          locale={locale}
          numerals={numerals}
        />
      ) : null}

      {/* Not named landmarks: each table's scroll box is a region of the same name. */}
      <section className="space-y-2">
        <h3 id="report-changes-title" className="font-semibold text-slate-900">
          {t("changesTitle")}
        </h3>
        {revisions.changes.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noChanges")}</p>
        ) : (
          <>
            <p className="text-sm text-slate-700">{t("changesIntro")}</p>
            <Table label={t("changesTitle")}>
              <TableHeader>
                <TableRow>
                  <TableHead>{t("figure")}</TableHead>
                  <TableHead className="text-right">{t("publishedValue")}</TableHead>
                  <TableHead className="text-right">{t("currentValue")}</TableHead>
                  <TableHead className="text-right">{t("difference")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {revisions.changes.map((c) => (
                  <TableRow key={c.path}>
                    <TableCell>
                      {figureLabel(c.label, text)}
                      <span className="block font-mono text-xs text-slate-600">{c.path}</span>
                    </TableCell>
                    <TableCell className="text-right tabular-nums">
                      {formatNumber(c.published, numerals)}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">
                      {formatNumber(c.current, numerals)}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">
                      {formatDifference(c.current - c.published, numerals)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
      </section>

      <section className="space-y-2">
        <h3 id="report-changed-by-title" className="font-semibold text-slate-900">
          {t("changedByTitle")}
        </h3>
        {revisions.changedBy.length === 0 ? (
          <p className="text-sm text-slate-700">
            {t("changedByNone", { year: formatYear(year, numerals) })}
          </p>
        ) : (
          <>
            <Table label={t("changedByTitle")}>
              <TableHeader>
                <TableRow>
                  <TableHead>{t("when")}</TableHead>
                  <TableHead>{t("who")}</TableHead>
                  <TableHead>{t("action")}</TableHead>
                  <TableHead>{t("record")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {revisions.changedBy.map((c) => (
                  <TableRow key={c.eventId}>
                    <TableCell className="whitespace-nowrap">
                      {formatDateTime(c.at, locale, numerals)}
                    </TableCell>
                    <TableCell translate={(c.actorName ?? c.actorEmail) ? "no" : undefined}>
                      {c.actorName ?? c.actorEmail ?? t("system")}
                    </TableCell>
                    <TableCell>{actionName(c)}</TableCell>
                    <TableCell>
                      {c.href ? (
                        <Link className="text-brand-700 underline" href={c.href}>
                          {recordName(c)}
                        </Link>
                      ) : (
                        recordName(c)
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {revisions.changedByTotal > revisions.changedBy.length ? (
              <p className="text-sm text-slate-600">
                {t("changedByMore", {
                  shown: formatNumber(revisions.changedBy.length, numerals),
                  total: formatNumber(revisions.changedByTotal, numerals),
                })}
              </p>
            ) : null}
          </>
        )}
      </section>

      {revisions.history.length > 1 ? (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium">{t("history")}</summary>
          <div className="mt-2">
            <Table label={t("history")}>
              <TableHeader>
                <TableRow>
                  <TableHead>{t("revision")}</TableHead>
                  <TableHead>{t("publishedAt")}</TableHead>
                  <TableHead>{t("publishedBy")}</TableHead>
                  <TableHead>{t("sha256")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {revisions.history.map((h) => (
                  <TableRow key={h.revision}>
                    <TableCell>{formatNumber(h.revision, numerals)}</TableCell>
                    <TableCell className="whitespace-nowrap">
                      {formatDateTime(h.publishedAt, locale, numerals)}
                    </TableCell>
                    <TableCell translate="no">{h.publishedBy}</TableCell>
                    <TableCell>
                      <code className="font-mono text-xs break-all">{h.sha256}</code>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </details>
      ) : null}
    </Card>
  );
}
