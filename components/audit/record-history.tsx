import { getTranslations } from "next-intl/server";
import { isAuditAction } from "@/lib/domain/audit-actions";
import { creationRecorded } from "@/lib/audit/history-origin";
import type { ActingUser } from "@/lib/auth/acting-user";
import { findRecordHistory } from "@/lib/data/audit";
import { formatDateTime } from "@/lib/i18n/format";
import { getUiNumerals } from "@/lib/auth/current-user";
import { getUiLocale } from "@/lib/i18n/server";
import { ChangesSummary } from "./changes-summary";

/** A record's own history, from the same audit events the auditors read. */
export async function RecordHistory({
  actor,
  entityType,
  entityId,
  compact = false,
}: {
  actor: ActingUser;
  entityType: "case" | "suspect" | "victim" | "user" | "agency";
  entityId: string;
  /** Inside another record's page (a suspect on its case): a disclosure, not a page section. */
  compact?: boolean;
}) {
  const [t, locale, numerals, events] = await Promise.all([
    getTranslations("audit"),
    getUiLocale(),
    getUiNumerals(),
    findRecordHistory(actor, entityType, entityId),
  ]);
  // A record the demo seed wrote has no creation event, and often no event at all: say so rather
  // than show a heading over nothing (lib/audit/history-origin.ts).
  const origin = creationRecorded(entityType, events) ? null : (
    <p className="mb-3 max-w-prose text-sm text-slate-600">
      {events.length === 0 ? `${t("historyEmpty")} ` : null}
      {t("historyNoCreation")}
    </p>
  );
  const list = (
    <ol className="space-y-3 border-l-2 border-slate-200 pl-4">
      {events.map((e) => (
        <li key={String(e.id)}>
          <p className="text-sm">
            {isAuditAction(e.action) ? (
              t(`actionLabels.${e.action}`)
            ) : (
              <span className="font-mono">{e.action}</span>
            )}{" "}
            · {e.actorEmail ?? t("system")} ·{" "}
            <time dateTime={e.occurredAt.toISOString()}>
              {formatDateTime(e.occurredAt, locale, numerals)}
            </time>
          </p>
          <ChangesSummary changes={e.changes} />
        </li>
      ))}
    </ol>
  );
  if (compact) {
    return (
      <details className="mt-2">
        <summary className="cursor-pointer text-sm text-brand-700 underline">
          {t("history")}
        </summary>
        <div className="mt-2">
          {origin}
          {events.length > 0 ? list : null}
        </div>
      </details>
    );
  }
  return (
    <section aria-labelledby="history-heading" className="mt-10">
      <h2 id="history-heading" className="mb-3 text-lg font-semibold">
        {t("history")}
      </h2>
      {origin}
      {events.length > 0 ? list : null}
    </section>
  );
}
