"use client";

import {
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from "@tanstack/react-table";
import Link from "next/link";
import { useMemo } from "react";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { cn } from "@/lib/utils";
import { SortHeader } from "./sort-header";
import { ariaSort, sortHref } from "./sort-href";

/** A column, as plain data a server component can pass. The first column heads each row. */
export type RecordColumn = {
  id: string;
  header: string;
  /** The `sort` values this column offers; a click applies the first, or the next if sorted. */
  sorts?: string[];
  align?: "right";
  mono?: boolean;
  /** The cells show what people typed (a unit's name): marked translate="no", as codes are. */
  asTyped?: boolean;
};

/** A row with its cells already formatted and translated on the server. */
export type RecordRow = { id: string; href: string | null; cells: Record<string, string> };

type Props = {
  /** Names the scrolling region; the page title. */
  label: string;
  caption: string;
  emptyText: string;
  columns: RecordColumn[];
  rows: RecordRow[];
  /** The current sort; the list's state lives in the URL, not here. */
  sort: string;
  /** The list's path and its filters (without sort and cursor), for the header links. */
  path: string;
  query: string;
};

export function RecordsTable({
  label,
  caption,
  emptyText,
  columns,
  rows,
  sort,
  path,
  query,
}: Props) {
  const byId = useMemo(() => new Map(columns.map((c) => [c.id, c])), [columns]);
  const columnDefs = useMemo<ColumnDef<RecordRow>[]>(
    () =>
      columns.map((c) => ({
        id: c.id,
        header: c.header,
        accessorFn: (row) => row.cells[c.id] ?? "",
        enableSorting: Boolean(c.sorts?.length),
      })),
    [columns],
  );
  const sorted = columns.find((c) => c.sorts?.includes(sort));
  const sorting: SortingState = sorted
    ? [{ id: sorted.id, desc: ariaSort(sort) === "descending" }]
    : [];
  // TanStack Table returns fresh functions on each render, which the React Compiler cannot memoize;
  // it is not enabled here, and this table re-renders only when the server sends a new page.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns: columnDefs,
    state: { sorting },
    manualSorting: true,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
  });

  return (
    <Table label={label}>
      <TableCaption>{caption}</TableCaption>
      <TableHeader>
        {table.getHeaderGroups().map((group) => (
          <TableRow key={group.id}>
            {group.headers.map((header) => {
              const column = byId.get(header.column.id);
              const direction = header.column.getIsSorted();
              return (
                <SortHeader
                  key={header.id}
                  label={column?.header ?? ""}
                  href={column?.sorts?.length ? sortHref(path, query, column.sorts, sort) : null}
                  direction={direction ? ariaSort(sort) : null}
                  alignRight={column?.align === "right"}
                />
              );
            })}
          </TableRow>
        ))}
      </TableHeader>
      <TableBody>
        {table.getRowModel().rows.map((row) => (
          <TableRow key={row.id}>
            {row.getVisibleCells().map((cell, index) => {
              const column = byId.get(cell.column.id);
              const text = String(cell.getValue() ?? "");
              const className = cn(
                "px-3",
                column?.align === "right" && "text-right tabular-nums",
                // Codes and references read as one token: "PNP-2017-0014", never broken in three.
                column?.mono && "font-mono whitespace-nowrap",
              );
              // Codes and typed text are not the interface's to translate: browsers' translation
              // tools leave them alone, and so does the Khmer page check (e2e/khmer.spec.ts).
              const translate = column?.mono || column?.asTyped ? "no" : undefined;
              if (index > 0)
                return (
                  <TableCell key={cell.id} className={className} translate={translate}>
                    {text}
                  </TableCell>
                );
              return (
                <TableHead
                  key={cell.id}
                  scope="row"
                  className={cn("font-medium", className)}
                  translate={translate}
                >
                  {row.original.href ? (
                    <Link
                      href={row.original.href}
                      className="text-brand-700 underline underline-offset-2"
                    >
                      {text}
                    </Link>
                  ) : (
                    text
                  )}
                </TableHead>
              );
            })}
          </TableRow>
        ))}
        {rows.length === 0 ? (
          <TableRow>
            <TableCell colSpan={columns.length} className="text-slate-600">
              {emptyText}
            </TableCell>
          </TableRow>
        ) : null}
      </TableBody>
    </Table>
  );
}
