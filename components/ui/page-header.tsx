import type { ReactNode } from "react";

export function PageHeader({
  title,
  intro,
  actions,
}: {
  /** A string, or a node when part of it is typed text (a person's name, a case summary),
   * marked translate="no". */
  title: ReactNode;
  intro?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
        {intro ? <p className="mt-1 max-w-3xl text-slate-600">{intro}</p> : null}
      </div>
      {actions}
    </div>
  );
}
