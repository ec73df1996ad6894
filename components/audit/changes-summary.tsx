import type { Prisma } from "@/lib/generated/prisma/client";

type Changes = { fields?: Record<string, { before: unknown; after: unknown }> } & Record<
  string,
  unknown
>;

function show(value: unknown): string {
  if (value === null || value === undefined) return "∅";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Field-level before → after, and any other facts the event carries. */
export function ChangesSummary({ changes }: { changes: Prisma.JsonValue }) {
  if (!changes || typeof changes !== "object" || Array.isArray(changes)) return null;
  const { fields, ...details } = changes as Changes;
  return (
    <dl className="space-y-0.5 text-xs">
      {Object.entries(fields ?? {}).map(([field, c]) => (
        <div key={field} className="flex flex-wrap gap-1">
          <dt className="font-medium">{field}:</dt>
          <dd>
            <span className="text-slate-600 line-through decoration-slate-400">
              {show(c.before)}
            </span>{" "}
            → <span>{show(c.after)}</span>
          </dd>
        </div>
      ))}
      {Object.entries(details).map(([k, v]) => (
        <div key={k} className="flex flex-wrap gap-1">
          <dt className="font-medium">{k}:</dt>
          <dd>{show(v)}</dd>
        </div>
      ))}
    </dl>
  );
}
