// The demo cases' status histories (decision 0036): each case walks the workflow from OPEN, at
// its crack-down, to the status the seed already gave it, which stays as it was (so every figure
// the seed reproduces does too). A few step back a stage; closed cases get a reason that fits how
// far they went (the court's outcome for those closed after trial). Drawn from a generator of its
// own, so no other demo record changes. Then the activity dates: most open cases were last touched
// years ago and are stale; about one in four was worked on in the last two months and is not.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseCloseReason, CaseStatus, CourtOutcome } from "@/lib/generated/prisma/enums";
import { intBetween, mulberry32, pickWeighted, type Rng } from "./seed-random";

const DAY_MS = 86_400_000;
const STAGES = ["OPEN", "INVESTIGATION", "PROSECUTION", "IN_COURT"] as const;
/** Days from one stage to the next: the first of the pair to the second. */
const STEP_DAYS: Record<string, [number, number]> = {
  INVESTIGATION: [0, 14],
  PROSECUTION: [30, 180],
  IN_COURT: [60, 300],
  CLOSED: [30, 400],
};
const STEP_BACK_NOTE = "Returned to the police for further evidence.";

export type WorkflowCase = { id: string; status: CaseStatus; crackedDownAt: Date };
export type WorkflowSuspect = { caseId?: string | null; courtOutcome?: CourtOutcome | null };

export type StatusChangeRow = {
  case_id: string;
  from_status: CaseStatus | null;
  to_status: CaseStatus;
  at: string;
  actor_id: string;
  note: string | null;
  close_reason: CaseCloseReason | null;
  created_at: string;
};

export function workflowRng(): Rng {
  return mulberry32(0x5747_0036);
}

/** Why a case that reached `stage` was closed: after trial, its suspects' outcome. */
function closeReasonOf(rng: Rng, stage: string, outcomes: (CourtOutcome | null | undefined)[]) {
  if (stage === "IN_COURT") {
    if (outcomes.includes("CONVICTED")) return "CONVICTION";
    if (outcomes.includes("ACQUITTED")) return "ACQUITTAL";
    return "DISMISSED";
  }
  if (outcomes.length === 0) return "NO_SUSPECT_IDENTIFIED";
  return pickWeighted(rng, {
    INSUFFICIENT_EVIDENCE: 45,
    WITHDRAWN: 20,
    TRANSFERRED: 15,
    MERGED: 10,
    OTHER: 10,
  });
}

/** One case's history, oldest first, ending at its status; never dated after `now`. */
export function buildCaseHistory(
  rng: Rng,
  c: WorkflowCase,
  outcomes: (CourtOutcome | null | undefined)[],
  actorId: string,
  now: Date,
): StatusChangeRow[] {
  const reached =
    c.status === "CLOSED"
      ? pickWeighted(rng, { OPEN: 5, INVESTIGATION: 40, PROSECUTION: 15, IN_COURT: 40 })
      : c.status;
  const path: CaseStatus[] = [...STAGES.slice(0, STAGES.indexOf(reached) + 1)];
  // A prosecutor sends some files back to the police, which brings them again.
  const backAt = path.indexOf("PROSECUTION");
  const stepsBack = backAt > 0 && rng() < 0.08;
  if (stepsBack) path.splice(backAt + 1, 0, "INVESTIGATION", "PROSECUTION");
  if (c.status === "CLOSED") path.push("CLOSED");
  let at = c.crackedDownAt.getTime();
  const rows: StatusChangeRow[] = [];
  path.forEach((to, i) => {
    if (i > 0) {
      const [min, max] = STEP_DAYS[to] ?? [30, 120];
      at = Math.min(at + intBetween(rng, min, max) * DAY_MS, now.getTime());
    }
    const from = i > 0 ? path[i - 1]! : null;
    const back = from === "PROSECUTION" && to === "INVESTIGATION";
    const when = new Date(at).toISOString();
    rows.push({
      case_id: c.id,
      from_status: from,
      to_status: to,
      at: when,
      actor_id: actorId,
      note: back ? STEP_BACK_NOTE : null,
      close_reason: to === "CLOSED" ? closeReasonOf(rng, reached, outcomes) : null,
      created_at: when,
    });
  });
  return rows;
}

/** When each case was last touched: its last change, or for one open case in four, lately. */
export function lastActivity(rng: Rng, c: WorkflowCase, lastChange: Date, now: Date): Date {
  if (c.status !== "CLOSED" && rng() < 0.25) {
    return new Date(now.getTime() - intBetween(rng, 1, 60) * DAY_MS);
  }
  return lastChange;
}

/**
 * Writes the histories and the cases' workflow columns and activity dates, in the caller's
 * transaction. Suspects and victims take their case's activity date, so the stale rule reads the
 * case as a whole; victims rescued abroad with no case keep theirs.
 */
export async function loadDemoWorkflow(
  tx: Prisma.TransactionClient,
  cases: WorkflowCase[],
  suspects: WorkflowSuspect[],
  actorId: string,
  now: Date,
) {
  const rng = workflowRng();
  const outcomes = new Map<string, (CourtOutcome | null | undefined)[]>();
  for (const s of suspects) {
    if (s.caseId) outcomes.set(s.caseId, [...(outcomes.get(s.caseId) ?? []), s.courtOutcome]);
  }
  const history: StatusChangeRow[] = [];
  const updates: { id: string; changed: string; reason: string | null; touched: string }[] = [];
  for (const c of cases) {
    const rows = buildCaseHistory(rng, c, outcomes.get(c.id) ?? [], actorId, now);
    const last = rows.at(-1)!;
    history.push(...rows);
    const touched = lastActivity(rng, c, new Date(last.at), now).toISOString();
    updates.push({ id: c.id, changed: last.at, reason: last.close_reason, touched });
  }
  await tx.$executeRaw`
    INSERT INTO case_status_change
      (case_id, from_status, to_status, at, actor_id, note, close_reason, created_at)
    SELECT case_id, from_status, to_status, at, actor_id, note, close_reason, created_at
      FROM jsonb_populate_recordset(NULL::case_status_change, ${JSON.stringify(history)}::jsonb)`;
  const touched = JSON.stringify(updates);
  await tx.$executeRaw`
    UPDATE "case" c SET status_changed_at = u.changed::timestamptz,
           close_reason = u.reason::"CaseCloseReason", updated_at = u.touched::timestamptz
      FROM jsonb_to_recordset(${touched}::jsonb) AS u(id uuid, changed text, reason text, touched text)
     WHERE c.id = u.id`;
  await tx.$executeRaw`
    UPDATE suspect s SET updated_at = u.touched::timestamptz
      FROM jsonb_to_recordset(${touched}::jsonb) AS u(id uuid, touched text)
     WHERE s.case_id = u.id`;
  await tx.$executeRaw`
    UPDATE victim v SET updated_at = u.touched::timestamptz
      FROM jsonb_to_recordset(${touched}::jsonb) AS u(id uuid, touched text)
     WHERE v.case_id = u.id`;
  return { changes: history.length };
}
