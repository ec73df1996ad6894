import type { ReactNode } from "react";

/** One section of the report: a heading, then its chart beside its table on wide screens. */
export function ReportSection({
  id,
  title,
  intro,
  chart,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  chart?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mb-10">
      <h2 id={id} className="mb-2 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {intro ? <p className="mb-3 text-slate-700">{intro}</p> : null}
      <div className={chart ? "grid items-start gap-6 lg:grid-cols-2" : ""}>
        {chart ? (
          <div className="rounded-lg border border-slate-200 bg-white p-3">{chart}</div>
        ) : null}
        <div>{children}</div>
      </div>
    </section>
  );
}
