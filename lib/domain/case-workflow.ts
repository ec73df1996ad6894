import type { CaseCloseReason, CaseStatus } from "@/lib/generated/prisma/enums";

// The case workflow (decision 0036). A case moves forward one stage at a time,
// OPEN → INVESTIGATION → PROSECUTION → IN_COURT, and may be closed from any open stage with a
// reason. Two moves undo: stepping back one stage (a prosecutor returns the file to the police)
// and reopening a closed case, which starts again at INVESTIGATION. Both need a note saying why,
// because they contradict an earlier entry. Skipping a stage is two changes, which may share a
// date, so the history says which stages the case went through.

export const WORKFLOW_STAGES = ["OPEN", "INVESTIGATION", "PROSECUTION", "IN_COURT"] as const;

export const CLOSE_REASONS = [
  "CONVICTION",
  "ACQUITTAL",
  "DISMISSED",
  "INSUFFICIENT_EVIDENCE",
  "NO_SUSPECT_IDENTIFIED",
  "WITHDRAWN",
  "TRANSFERRED",
  "MERGED",
  "OTHER",
] as const satisfies readonly CaseCloseReason[];

/** The longest note a status change takes (the history is read on the case page). */
export const STATUS_NOTE_MAX = 2000;

export type TTransitionKind = "forward" | "close" | "back" | "reopen";

/** The kind of a move from one status to another, or null when the workflow has no such move. */
export function transitionKind(from: CaseStatus, to: CaseStatus): TTransitionKind | null {
  if (from === "CLOSED") return to === "INVESTIGATION" ? "reopen" : null;
  if (to === "CLOSED") return "close";
  const a = WORKFLOW_STAGES.indexOf(from);
  const b = WORKFLOW_STAGES.indexOf(to);
  if (b === a + 1) return "forward";
  if (b === a - 1) return "back";
  return null;
}

/** The statuses a case in `from` may move to, in workflow order. */
export function allowedTransitions(from: CaseStatus): { to: CaseStatus; kind: TTransitionKind }[] {
  const all: CaseStatus[] = [...WORKFLOW_STAGES, "CLOSED"];
  return all.flatMap((to) => {
    const kind = transitionKind(from, to);
    return kind ? [{ to, kind }] : [];
  });
}

/** Whether a move contradicts an earlier entry, and so needs a note. */
export function needsNote(kind: TTransitionKind): boolean {
  return kind === "back" || kind === "reopen";
}

export type TStatusChangeRequest = {
  from: CaseStatus;
  to: CaseStatus;
  closeReason?: CaseCloseReason;
  note?: string;
  /** The day of the change, YYYY-MM-DD in Phnom Penh. */
  changedOn: string;
  /** The day of the case's last status change, YYYY-MM-DD in Phnom Penh, if it has one. */
  previousOn: string | null;
  /** Today in Phnom Penh, YYYY-MM-DD. */
  today: string;
};

/** Field → catalogue keys (full paths) of what is wrong with a status change; empty when none. */
export function checkStatusChange(r: TStatusChangeRequest): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, key: string) => (errors[field] ??= []).push(key);
  const kind = transitionKind(r.from, r.to);
  if (!kind) add("toStatus", "caseWorkflow.errors.notAllowed");
  if (kind === "close" && !r.closeReason) add("closeReason", "caseWorkflow.errors.reasonRequired");
  if (kind !== "close" && r.closeReason) add("closeReason", "caseWorkflow.errors.reasonNotClosing");
  if (kind && needsNote(kind) && !r.note?.trim()) add("note", "caseWorkflow.errors.noteRequired");
  // ISO dates compare as strings.
  if (r.changedOn > r.today) add("changedOn", "caseWorkflow.errors.dateInFuture");
  else if (r.previousOn && r.changedOn < r.previousOn)
    add("changedOn", "caseWorkflow.errors.beforePrevious");
  return errors;
}

/**
 * The instant stored for a change on `changedOn`: the start of that day in Phnom Penh, or the
 * previous change's own instant when that is later the same day, so the history keeps its order.
 */
export function changeInstant(changedOn: string, previousAt: Date | null): Date {
  const start = new Date(`${changedOn}T00:00:00+07:00`);
  return previousAt && previousAt > start ? previousAt : start;
}
