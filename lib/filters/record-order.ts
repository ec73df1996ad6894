import type { Prisma } from "@/lib/generated/prisma/client";
import { instantValue, type Combine, type KeysetKey } from "./keyset";
import type { TRecordSort } from "./record-filters";

// The sort orders of the case and suspect lists, each with the keyset that continues it. The
// `orderBy` and the keys describe the same order; the integration tests walk every page to hold
// them together. Nulls sort last both ways, matching keysetAfter.

type Dir = "asc" | "desc";
export type SortSpec<W, O, R> = {
  orderBy: O[];
  keys: KeysetKey<W>[];
  /** The sort-key values of a row, for the cursor. */
  values: (row: R) => (string | null)[];
};

type DateFilter = { gt?: Date; lt?: Date; equals?: Date };
type TextFilter = { gt?: string; lt?: string; equals?: string };

function dateKey<W>(dir: Dir, on: (f: DateFilter) => W, isNull: W): KeysetKey<W> {
  return {
    type: "date",
    isNull,
    after: (v) => on(dir === "asc" ? { gt: new Date(v) } : { lt: new Date(v) }),
    equals: (v) => on({ equals: new Date(v) }),
  };
}

function textKey<W>(
  dir: Dir,
  on: (f: TextFilter) => W,
  isNull: W | null = null,
  type: "text" | "uuid" = "text",
): KeysetKey<W> {
  return {
    type,
    isNull,
    after: (v) => on(dir === "asc" ? { gt: v } : { lt: v }),
    equals: (v) => on({ equals: v }),
  };
}

type CaseWhere = Prisma.CaseWhereInput;
type CaseKeys = { crackedDownAt: Date | null; reference: string };

export const caseCombine: Combine<CaseWhere> = { and: (AND) => ({ AND }), or: (OR) => ({ OR }) };

const crackedDown = (dir: Dir) =>
  dateKey<CaseWhere>(dir, (f) => ({ crackedDownAt: f }), { crackedDownAt: null });
const reference = (dir: Dir) => textKey<CaseWhere>(dir, (f) => ({ reference: f }));

export const CASE_ORDER: Record<
  TRecordSort<"cases">,
  SortSpec<CaseWhere, Prisma.CaseOrderByWithRelationInput, CaseKeys>
> = {
  "date-desc": {
    orderBy: [{ crackedDownAt: { sort: "desc", nulls: "last" } }, { reference: "asc" }],
    keys: [crackedDown("desc"), reference("asc")],
    values: (r) => [instantValue(r.crackedDownAt), r.reference],
  },
  "date-asc": {
    orderBy: [{ crackedDownAt: { sort: "asc", nulls: "last" } }, { reference: "asc" }],
    keys: [crackedDown("asc"), reference("asc")],
    values: (r) => [instantValue(r.crackedDownAt), r.reference],
  },
  "reference-asc": {
    orderBy: [{ reference: "asc" }],
    keys: [reference("asc")],
    values: (r) => [r.reference],
  },
  "reference-desc": {
    orderBy: [{ reference: "desc" }],
    keys: [reference("desc")],
    values: (r) => [r.reference],
  },
};

type SuspectWhere = Prisma.SuspectWhereInput;
type SuspectKeys = { id: string; arrestedAt: Date | null; case: { reference: string } | null };

export const suspectCombine: Combine<SuspectWhere> = {
  and: (AND) => ({ AND }),
  or: (OR) => ({ OR }),
};

const arrested = (dir: Dir) =>
  dateKey<SuspectWhere>(dir, (f) => ({ arrestedAt: f }), { arrestedAt: null });
const suspectId = textKey<SuspectWhere>("asc", (f) => ({ id: f }), null, "uuid");

export const SUSPECT_ORDER: Record<
  TRecordSort<"suspects">,
  SortSpec<SuspectWhere, Prisma.SuspectOrderByWithRelationInput, SuspectKeys>
> = {
  "date-desc": {
    orderBy: [{ arrestedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    keys: [arrested("desc"), suspectId],
    values: (r) => [instantValue(r.arrestedAt), r.id],
  },
  "date-asc": {
    orderBy: [{ arrestedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    keys: [arrested("asc"), suspectId],
    values: (r) => [instantValue(r.arrestedAt), r.id],
  },
  // Ascending only: PostgreSQL puts the suspects without a case (null) last when ascending, and
  // Prisma cannot ask for nulls last on a relation's column.
  "reference-asc": {
    orderBy: [{ case: { reference: "asc" } }, { id: "asc" }],
    keys: [
      textKey<SuspectWhere>("asc", (f) => ({ case: { reference: f } }), { caseId: null }),
      suspectId,
    ],
    values: (r) => [r.case?.reference ?? null, r.id],
  },
};
