import { getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/audit/audit-filters";
import { ChangesSummary } from "@/components/audit/changes-summary";
import { VerifyChainButton } from "@/components/audit/verify-chain-button";
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
import { isAuditAction, isAuditEntityType } from "@/lib/domain/audit-actions";
import { requireUser, getUiNumerals } from "@/lib/auth/current-user";
import { findAuditEvents } from "@/lib/data/audit";
import { formatDateTime } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";
import { parseAuditFilters } from "@/lib/validation/audit";

export async function generateMetadata() {
  return { title: (await getTranslations("audit"))("title") };
}

function query(filters: Record<string, string | undefined>) {
  const params = new URLSearchParams(
    Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1])),
  );
  const text = params.toString();
  return text ? `?${text}` : "";
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const user = await requireUser("read:audit");
  // An unreadable filter (a hand-edited URL, a NUL byte) is not applied, and says so beside it.
  const { filters, errors } = parseAuditFilters(await searchParams);
  const [t, tCommon, locale, numerals, { rows, nextCursor }] = await Promise.all([
    getTranslations("audit"),
    getTranslations("common"),
    getUiLocale(),
    getUiNumerals(),
    findAuditEvents(user, filters),
  ]);
  const { cursor, ...criteria } = filters;
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <div className="flex flex-wrap items-start gap-2">
            <Button asChild variant="secondary">
              <a href={`/api/audit/export${query(criteria)}`} download>
                {t("exportCsv")}
              </a>
            </Button>
            <VerifyChainButton />
          </div>
        }
      />
      <AuditFilters filters={filters} errors={errors} />
      {rows.length === 0 ? (
        <p className="text-slate-600">{tCommon("empty")}</p>
      ) : (
        <Table label={t("title")}>
          <TableHeader>
            <TableRow>
              <TableHead>{t("when")}</TableHead>
              <TableHead>{t("actor")}</TableHead>
              <TableHead>{t("action")}</TableHead>
              <TableHead>{t("entity")}</TableHead>
              <TableHead>{t("changes")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((e) => (
              <TableRow key={String(e.id)}>
                <TableCell className="whitespace-nowrap">
                  {formatDateTime(e.occurredAt, locale, numerals)}
                </TableCell>
                <TableCell translate={e.actorEmail ? "no" : undefined}>
                  {e.actorEmail ?? t("system")}
                </TableCell>
                <TableCell>
                  {isAuditAction(e.action) ? (
                    t(`actionLabels.${e.action}`)
                  ) : (
                    // An event written under a name since retired: its code is all there is.
                    <span className="font-mono text-xs" translate="no">
                      {e.action}
                    </span>
                  )}
                </TableCell>
                <TableCell>
                  {isAuditEntityType(e.entityType) ? (
                    t(`entityLabels.${e.entityType}`)
                  ) : (
                    <span className="font-mono text-xs" translate="no">
                      {e.entityType}
                    </span>
                  )}
                  {e.entityId ? (
                    <span className="block font-mono text-xs text-slate-600" translate="no">
                      {e.entityId}
                    </span>
                  ) : null}
                </TableCell>
                <TableCell>
                  <ChangesSummary changes={e.changes} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <nav aria-label={t("pages")} className="mt-4 flex gap-3">
        {cursor ? (
          <a className="text-brand-700 underline" href={`/audit${query(criteria)}`}>
            {t("newest")}
          </a>
        ) : null}
        {nextCursor ? (
          <a
            className="text-brand-700 underline"
            href={`/audit${query({ ...criteria, cursor: nextCursor })}`}
          >
            {t("older")}
          </a>
        ) : null}
      </nav>
    </>
  );
}
