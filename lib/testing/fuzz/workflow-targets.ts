import fc from "fast-check";
import { allowedTransitions, CLOSE_REASONS } from "@/lib/domain/case-workflow";
import { CASE_STATUSES } from "@/lib/validation/case";
import { todayInPhnomPenh } from "@/lib/validation/common";
import { currentRef, type ActionFixtures } from "./action-fixtures";
import { mutation, type Mutation } from "./hostile-fields";
import type { Target } from "./record-targets";

// The case workflow's action (decision 0036). The fuzz moves the own province's live case along
// the workflow: each run starts from a move allowed from the status the previous run left.

/** The first move allowed from the case's status now, dated today, with a note and a reason. */
async function nextMove(fx: ActionFixtures) {
  const { id } = fx.own.case.live;
  const { status } = await fx.db.case.findUniqueOrThrow({
    where: { id },
    select: { status: true },
  });
  const move = allowedTransitions(status)[0]!;
  return {
    ...(await currentRef(fx.db, "case", id)),
    toStatus: move.to,
    closeReason: move.to === "CLOSED" ? "OTHER" : "",
    changedOn: todayInPhnomPenh(),
    note: "Fuzz move",
  };
}

export const WORKFLOW_TARGETS: Record<string, Target> = {
  changeCaseStatusSpec: {
    actor: (fx) => fx.staff,
    fields: {
      id: { kind: "uuid" },
      version: { kind: "version" },
      toStatus: { kind: "enum", values: CASE_STATUSES },
      closeReason: { kind: "enum", values: CLOSE_REASONS },
      changedOn: { kind: "date" },
      note: { kind: "text", max: 2000, required: false },
    },
    base: nextMove,
    extra: () => [
      // Province 17's case, at its current version: out of reach whatever the move.
      fc.constant(
        mutation("foreign case", { id: "<province 17 case>" }, true, (async (fx: ActionFixtures) =>
          currentRef(fx.db, "case", fx.foreign.case.live.id)) as Mutation["build"]),
      ),
      // A form drawn before someone else's save.
      fc.constant(mutation("stale version", { version: "1" }, false)),
    ],
    runs: 40,
    writes: ["case", "case_status_change"],
  },
};
