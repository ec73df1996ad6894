import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

/**
 * One section of the report: a heading, then its chart beside its table on wide screens.
 * The section is deliberately not a named landmark: its table's scroll box is a region named by
 * the same title, and two landmarks of one name are one too many (axe landmark-unique).
 */
export function ReportSection({
  id,
  title,
  intro,
  chart,
  className,
  besideFrom = "lg",
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  chart?: ReactNode;
  className?: string;
  /** The width from which the chart sits beside the table: "xl" for a table of many columns. */
  besideFrom?: "lg" | "xl";
  children: ReactNode;
}) {
  return (
    <section className={cn("mb-10", className)}>
      <h2 id={id} className="mb-2 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {intro ? <p className="mb-3 text-slate-700">{intro}</p> : null}
      <div
        className={
          chart
            ? cn(
                "grid items-start gap-6",
                besideFrom === "xl" ? "xl:grid-cols-2" : "lg:grid-cols-2",
              )
            : ""
        }
      >
        {chart ? (
          <div className="rounded-lg border border-slate-200 bg-white p-3">{chart}</div>
        ) : null}
        <div className="min-w-0">{children}</div>
      </div>
    </section>
  );
}
