import { changeCaseStatusSpec } from "@/lib/actions/definitions/case-status";
import { runGuarded } from "@/lib/auth/guard-core";
import { buildCase } from "@/prisma/factories";
import { db, request } from "./authorization-matrix";
import type { Row } from "./authorization-rows";
import { uniqueKey } from "./db";

// The case workflow's rows of the authorization matrix (decision 0036), spread into MATRIX.

/** An open case of its own in province 12, and the move that opens its investigation. */
async function openCaseIn12() {
  const kase = await db.case.create({
    data: buildCase({ reference: `TEST-${uniqueKey()}`, provinceId: 12, status: "OPEN" }),
    select: { id: true, version: true },
  });
  return {
    id: kase.id,
    version: String(kase.version),
    toStatus: "INVESTIGATION",
    changedOn: "2017-07-01",
    closeReason: "",
    note: "",
  };
}

export const FLOW_ROWS: Row[] = [
  {
    name: "changeCaseStatus",
    spec: changeCaseStatusSpec,
    run: (actor, input) => runGuarded(changeCaseStatusSpec, actor, request, input),
    allowed: ["STAFF"],
    input: openCaseIn12,
    scoped: true,
  },
];
