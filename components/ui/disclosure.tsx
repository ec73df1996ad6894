import { ChevronRight } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

/**
 * A native disclosure (<details>/<summary>): the browser gives it its button role, its expanded
 * state and its keyboard handling, and it opens without JavaScript, so a form inside it still
 * works as a plain form. No Radix Collapsible is installed; this needs none.
 */
export function Disclosure({
  label,
  status,
  className,
  children,
}: {
  label: string;
  /** A short state shown beside the label while closed and open, e.g. "not published yet". */
  status?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <details className={cn("group rounded-lg border border-slate-200 bg-white", className)}>
      <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-2 gap-y-1 rounded-lg px-4 py-2.5 hover:bg-slate-50 [&::-webkit-details-marker]:hidden">
        <ChevronRight
          aria-hidden
          className="size-4 shrink-0 text-slate-600 transition-transform group-open:rotate-90"
        />
        <span className="font-medium text-slate-900">{label}</span>
        {status ? <span className="text-sm text-slate-600">{status}</span> : null}
      </summary>
      <div className="border-t border-slate-200 p-4">{children}</div>
    </details>
  );
}
