import { updateSuspectCourtSpec } from "@/lib/actions/definitions/suspects";
import { buildSuspect } from "@/prisma/factories";
import { db } from "./authorization-matrix";
import { makeCase } from "./people";
import type { Row } from "./authorization-rows";
import { runGuarded } from "@/lib/auth/guard-core";
import { request } from "./authorization-matrix";

// The permissions lane's rows (issue 14): actions that agency actors may take.

/** What the court form submits for a suspect of its own in a new case in province 12. */
export async function courtFormIn12() {
  const kase = await makeCase(db, 12);
  const suspect = await db.suspect.create({ data: buildSuspect({ caseId: kase.id }) });
  return {
    id: suspect.id,
    version: "1",
    chargedOn: "2018-03-01",
    chargedTime: "",
    courtProvinceId: "12",
    chargeArticles: ["LSHTSE-15"],
    criminalCodeArticles: "",
    courtOutcome: "CONVICTED",
    verdictOn: "2018-09-01",
    verdictTime: "",
    sentenceMonths: "60",
    fineRiel: "",
    appealStatus: "NONE",
  };
}

export const PERM_ROWS: Row[] = [
  {
    name: "updateSuspectCourt",
    spec: updateSuspectCourtSpec,
    run: (actor, input) => runGuarded(updateSuspectCourtSpec, actor, request, input),
    allowed: ["STAFF"],
    agencies: { court: true },
    input: courtFormIn12,
    scoped: true,
  },
];
