import type { ReactNode } from "react";

/** A record's main facts as a description list. */
export function RecordFacts({ facts }: { facts: [string, ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt className="text-sm text-slate-600">{label}</dt>
          <dd className="font-medium">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The banner on a soft-deleted record, with its restore button for those who may restore. */
export function DeletedNotice({ message, restore }: { message: string; restore: ReactNode }) {
  return (
    <div
      role="alert"
      className="mb-4 flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 p-3"
    >
      <p>{message}</p>
      {restore}
    </div>
  );
}
