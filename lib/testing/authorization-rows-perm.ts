import type { z } from "zod";
import { createAgencySpec, updateAgencySpec } from "@/lib/actions/definitions/agencies";
import { updateSuspectCourtSpec } from "@/lib/actions/definitions/suspects";
import { runGuarded, type GuardSpec } from "@/lib/auth/guard-core";
import { buildSuspect } from "@/prisma/factories";
import { db, request } from "./authorization-matrix";
import { makeProvider } from "./authorization-agencies";
import type { Row } from "./authorization-rows";
import { makeCase } from "./people";

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

/** What the agency form submits: a partner NGO in Phnom Penh. */
function agencyForm() {
  const code = `NGO-M${Math.random().toString(36).slice(2, 10).toUpperCase()}`;
  return {
    code,
    kind: "NGO",
    nameEn: `Matrix shelter ${code}`,
    nameKm: `ជម្រក ${code}`,
    provinceId: "12",
    services: ["SHELTER", "MEDICAL"],
    active: "on",
  };
}

function row<S extends z.ZodType, T>(
  name: string,
  spec: GuardSpec<S, T>,
  rest: Omit<Row, "name" | "spec" | "run">,
): Row {
  return { name, spec, run: (actor, input) => runGuarded(spec, actor, request, input), ...rest };
}

export const PERM_ROWS: Row[] = [
  row("updateSuspectCourt", updateSuspectCourtSpec, {
    allowed: ["STAFF"],
    agencies: { court: true },
    input: courtFormIn12,
    scoped: true,
  }),
  row("createAgency", createAgencySpec, { allowed: ["ADMIN"], input: async () => agencyForm() }),
  row("updateAgency", updateAgencySpec, {
    allowed: ["ADMIN"],
    input: async () => ({ ...agencyForm(), id: String(await makeProvider(db)), version: "1" }),
  }),
];
