import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { describeAuditValue, type ValueContext, type ValuePart } from "@/lib/audit/value-labels";
import { getUiNumerals } from "@/lib/auth/current-user";
import { getUiLocale } from "@/lib/i18n/server";

type Changes = { fields?: Record<string, { before: unknown; after: unknown }> } & Record<
  string,
  unknown
>;

/**
 * Field-level before → after, and any other facts the event carries. Field names, and the names
 * of the facts (an import's rows, a session), are shown by their labels (`audit.fieldLabels`);
 * values in the reader's language and digits: codes by their labels, dates in Phnom Penh,
 * provinces and countries by name (lib/audit/value-labels.ts). What is shown as stored (a name or
 * code no label has, from an older event; typed text; ids) is marked translate="no".
 */
export async function ChangesSummary({ changes }: { changes: unknown }) {
  if (!changes || typeof changes !== "object" || Array.isArray(changes)) return null;
  const [t, locale, numerals] = await Promise.all([
    getTranslations(),
    getUiLocale(),
    getUiNumerals(),
  ]);
  const ctx: ValueContext = {
    locale,
    numerals,
    message: (key) => (t.has(key) ? t(key) : undefined),
  };
  const label = (name: string): ReactNode =>
    t.has(`audit.fieldLabels.${name}`) ? (
      t(`audit.fieldLabels.${name}`)
    ) : (
      <span translate="no">{name}</span>
    );
  const part = (p: ValuePart, i: number): ReactNode => {
    switch (p.kind) {
      case "empty":
        return <span key={i}>∅</span>;
      case "text":
        return <span key={i}>{p.text}</span>;
      case "verbatim":
        return (
          <span key={i} translate="no">
            {p.text}
          </span>
        );
      case "redacted":
        // Withheld from the reader (lib/audit/redact.ts), with what is kept of it (a domain).
        return (
          <span key={i}>
            <em title={t("audit.redactedHint")}>{t("audit.redacted")}</em>
            {p.rest ? <span translate="no">{p.rest}</span> : null}
          </span>
        );
    }
  };
  const value = (name: string, v: unknown) => describeAuditValue(name, v, ctx).map(part);
  const { fields, ...details } = changes as Changes;
  return (
    <dl className="space-y-0.5 text-xs">
      {Object.entries(fields && typeof fields === "object" ? fields : {}).map(([field, c]) => (
        <div key={field} className="flex flex-wrap gap-1">
          <dt className="font-medium">{label(field)}:</dt>
          <dd>
            <span className="text-slate-600 line-through decoration-slate-400">
              {value(field, c?.before)}
            </span>{" "}
            → {value(field, c?.after)}
          </dd>
        </div>
      ))}
      {Object.entries(details).map(([k, v]) => (
        <div key={k} className="flex flex-wrap gap-1">
          <dt className="font-medium">{label(k)}:</dt>
          <dd>{value(k, v)}</dd>
        </div>
      ))}
    </dl>
  );
}
