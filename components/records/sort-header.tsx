import { ArrowDown, ArrowUp } from "lucide-react";
import Link from "next/link";
import { TableHead } from "@/components/ui/table";
import { cn } from "@/lib/utils";

/** A column header; when sortable, a link to the list in the column's next sort order. */
export function SortHeader({
  label,
  href,
  direction,
  alignRight,
}: {
  label: string;
  /** Null when the column cannot be sorted. */
  href: string | null;
  /** The column's direction when the list is sorted by it. */
  direction: "ascending" | "descending" | null;
  alignRight?: boolean;
}) {
  const Arrow = direction === "descending" ? ArrowDown : ArrowUp;
  return (
    // Headers may wrap (Khmer labels are long), so that the list fits a 1280 px screen; the
    // cells' codes do not.
    <TableHead
      aria-sort={direction ?? undefined}
      className={cn("px-3 whitespace-normal", alignRight && "text-right")}
    >
      {href ? (
        <Link
          href={href}
          className="inline-flex items-center gap-1 underline-offset-2 hover:underline"
        >
          {label}
          {direction ? <Arrow aria-hidden className="size-3.5" /> : null}
        </Link>
      ) : (
        label
      )}
    </TableHead>
  );
}
