import { createTable, getCoreRowModel, type ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { Table, TableCaption, TableCell, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";
import { SortHeader } from "./sort-header";
import { ariaSort, sortHref } from "./sort-href";

// A server component (decision 0039): the rows are rendered here and reach the browser as HTML,
// not as props of a client component that renders them again. The one client part is the
// scrolling region around the table (components/ui/scroll-region.tsx), which holds no row data.
// TanStack's table-core runs here without React (createTable is pure), so the columns and rows
// keep the shape the client table had; the sorting lives in the URL, and the header links ask for it.

/** A column, as plain data. The first column heads each row. */
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
  /** The current sort; the list's state lives in the URL. */
  sort: string;
  /** The list's path and its filters (without sort and cursor), for the header links. */
  path: string;
  query: string;
};

function buildTable(columns: RecordColumn[], rows: RecordRow[], sort: string) {
  const columnDefs: ColumnDef<RecordRow>[] = columns.map((c) => ({
    id: c.id,
    header: c.header,
    accessorFn: (row) => row.cells[c.id] ?? "",
    enableSorting: Boolean(c.sorts?.length),
  }));
  const sorted = columns.find((c) => c.sorts?.includes(sort));
  const sorting = sorted ? [{ id: sorted.id, desc: ariaSort(sort) === "descending" }] : [];
  return createTable<RecordRow>({
    data: rows,
    columns: columnDefs,
    state: { sorting, columnPinning: {}, columnVisibility: {}, columnOrder: [] },
    onStateChange: () => {},
    renderFallbackValue: "",
    manualSorting: true,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
  });
}

// The body's cells are bare <td>s styled once from <tbody>: the payload React hydrates from
// (the RSC payload) carries each element with its props, so a class list on each of 50 rows ×
// 9 cells would be sent 450 times. Only a column's own look (codes, figures) is on its cells.
const BODY = cn(
  "divide-y divide-slate-200 [&>tr:hover]:bg-slate-50",
  "[&_td]:px-3 [&_td]:py-2 [&_td]:align-top",
  "[&_th]:px-3 [&_th]:py-2 [&_th]:text-left [&_th]:align-top [&_th]:font-medium",
  "[&_th]:whitespace-nowrap",
  "[&_th_a]:text-brand-700 [&_th_a]:underline [&_th_a]:underline-offset-2",
);

function cellClass(column: RecordColumn | undefined) {
  const className = cn(
    column?.align === "right" && "text-right tabular-nums",
    // Codes and references read as one token: "PNP-2017-0014", never broken in three.
    column?.mono && "font-mono whitespace-nowrap",
  );
  return className || undefined;
}

/** Codes and typed text are not the interface's to translate: browsers' translation tools leave
 * them alone, and so does the Khmer page check (e2e/khmer.spec.ts). */
function cellProps(column: RecordColumn | undefined) {
  const className = cellClass(column);
  return {
    ...(className ? { className } : {}),
    ...(column?.mono || column?.asTyped ? { translate: "no" as const } : {}),
  };
}

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
  const byId = new Map(columns.map((c) => [c.id, c]));
  const table = buildTable(columns, rows, sort);
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
      <tbody className={BODY}>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id}>
            {row.getVisibleCells().map((cell, index) => {
              const column = byId.get(cell.column.id);
              const text = String(cell.getValue() ?? "");
              // Keyed by column: a cell's TanStack id repeats the row's id in every cell.
              const key = cell.column.id;
              if (index > 0)
                return (
                  <td key={key} {...cellProps(column)}>
                    {text}
                  </td>
                );
              return (
                <th key={key} scope="row" {...cellProps(column)}>
                  {row.original.href ? <Link href={row.original.href}>{text}</Link> : text}
                </th>
              );
            })}
          </tr>
        ))}
        {rows.length === 0 ? (
          <TableRow>
            <TableCell colSpan={columns.length} className="text-slate-600">
              {emptyText}
            </TableCell>
          </TableRow>
        ) : null}
      </tbody>
    </Table>
  );
}
