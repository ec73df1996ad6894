import { useTranslations } from "next-intl";
import { REDACTED } from "@/lib/audit/redact";

type Changes = { fields?: Record<string, { before: unknown; after: unknown }> } & Record<
  string,
  unknown
>;

/** A value as text; a withheld one (lib/audit/redact.ts) as the translated marker. */
function Value({ value }: { value: unknown }) {
  const t = useTranslations("audit");
  if (value === null || value === undefined) return <>∅</>;
  const text = typeof value === "string" ? value : JSON.stringify(value);
  if (!text.startsWith(REDACTED)) return <>{text}</>;
  return (
    <>
      <em title={t("redactedHint")}>{t("redacted")}</em>
      {text.slice(REDACTED.length)}
    </>
  );
}

/** Field-level before → after, and any other facts the event carries. Field names, and the names
 * of the facts (an import's rows, a session), are shown by their labels (`audit.fieldLabels`); a
 * name no label has, from an older event, is shown as its code. */
export function ChangesSummary({ changes }: { changes: unknown }) {
  const labels = useTranslations("audit.fieldLabels");
  const label = (field: string) => (labels.has(field) ? labels(field) : field);
  if (!changes || typeof changes !== "object" || Array.isArray(changes)) return null;
  const { fields, ...details } = changes as Changes;
  return (
    <dl className="space-y-0.5 text-xs">
      {Object.entries(fields && typeof fields === "object" ? fields : {}).map(([field, c]) => (
        <div key={field} className="flex flex-wrap gap-1">
          <dt className="font-medium">{label(field)}:</dt>
          <dd>
            <span className="text-slate-600 line-through decoration-slate-400">
              <Value value={c.before} />
            </span>{" "}
            → <Value value={c.after} />
          </dd>
        </div>
      ))}
      {Object.entries(details).map(([k, v]) => (
        <div key={k} className="flex flex-wrap gap-1">
          <dt className="font-medium">{label(k)}:</dt>
          <dd>
            <Value value={v} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
