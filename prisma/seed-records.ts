// The demo records: synthetic, record-level cases, suspects and victims for 2016 and 2017 that add
// up to NCCT's 2017 report (seed-plan.ts says what they add up to, and why). A fixed seed drives
// every choice, so each run loads the same records; only ids, victim codes and entry times differ.
import { recordAudit } from "@/lib/audit/append";
import { generateVictimCode } from "@/lib/domain/codes";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildCase } from "./factories";
import { buildRescuesAbroad } from "./seed-abroad";
import { insertRows } from "./seed-insert";
import { allocateCaseReferences } from "@/lib/data/case-reference";
import { planCases, type PlannedCase } from "./seed-cases";
import { YEAR_PLANS } from "./seed-plan";
import { mulberry32, type SeedContext } from "./seed-random";
import { buildSuspects } from "./seed-suspects";
import { loadDemoReferrals } from "./seed-referrals";
import { buildDomesticVictims } from "./seed-victims";
import { loadDemoWorkflow } from "./seed-workflow";

const SEED = 20_171_231;
const KHMER_DIGITS = "០១២៣៤៥៦៧៨៩";

export type DemoRecords = {
  cases: PlannedCase[];
  suspects: Prisma.SuspectUncheckedCreateInput[];
  victims: Prisma.VictimUncheckedCreateInput[];
};

/** Obviously fictional names, numbered; every `khmerEvery`th in Khmer script, Khmer digits too. */
function fictionalNames(latin: string, khmer: string, khmerEvery: number) {
  let n = 0;
  return () => {
    const number = String(++n).padStart(4, "0");
    if (n % khmerEvery !== 0) return `${latin} ${number}`;
    return `${khmer} ${[...number].map((d) => KHMER_DIGITS[Number(d)]).join("")}`;
  };
}

// Codes are random (generateVictimCode), so two could meet; the unique index would then refuse
// the whole seed. Draw again for any repeat within the seed.
function withUniqueCodes(victims: Prisma.VictimUncheckedCreateInput[]) {
  const seen = new Set<string>();
  return victims.map((v) => {
    let code = v.code;
    while (seen.has(code)) code = generateVictimCode();
    seen.add(code);
    return { ...v, code };
  });
}

/** Builds every demo record in memory; no database needed. `createdById` is the staff user. */
export function buildDemoRecords(createdById: string, now = new Date()): DemoRecords {
  const rng = mulberry32(SEED);
  const by = { createdById, updatedById: createdById };
  const forSuspects: SeedContext = {
    rng,
    by,
    now,
    nameOf: fictionalNames("Sample Suspect", "សំណាក ជនសង្ស័យ", 40),
  };
  const forVictims: SeedContext = {
    ...forSuspects,
    nameOf: fictionalNames("Sample Victim", "សំណាក ជនរងគ្រោះ", 100),
  };
  const records: DemoRecords = { cases: [], suspects: [], victims: [] };
  for (const plan of YEAR_PLANS) {
    const cases = planCases(rng, plan);
    records.cases.push(...cases);
    records.suspects.push(...buildSuspects(forSuspects, plan, cases));
    records.victims.push(...buildDomesticVictims(forVictims, plan, cases));
  }
  records.victims = withUniqueCodes([...records.victims, ...buildRescuesAbroad(forVictims)]);
  return records;
}

/**
 * Loads the demo records inside the caller's transaction, so a failed load leaves nothing behind.
 * References follow crack-down order within each province and year (PNP-2017-0001 is 2017's first
 * case in Phnom Penh), and case_sequence carries on from them for later entries.
 */
export async function loadDemoRecords(tx: Prisma.TransactionClient, createdById: string) {
  const now = new Date();
  const { cases, suspects, victims } = buildDemoRecords(createdById, now);
  const references = await allocateCaseReferences(tx, cases);
  const rows = cases.map((c, i) =>
    buildCase({
      id: c.id,
      reference: references[i]!,
      provinceId: c.provinceId,
      crackedDownAt: c.crackedDownAt,
      offenceType: c.offenceType,
      leadAgency: c.leadAgency,
      status: c.status,
      summary: "Synthetic demo case: fictional people, figures as NCCT reported them.",
      ...(c.deleted ? { deletedAt: now } : {}),
      createdById,
      updatedById: createdById,
    }),
  );
  await insertRows(tx, "case", rows);
  await insertRows(tx, "suspect", suspects);
  await insertRows(tx, "victim", victims);
  await loadDemoWorkflow(tx, cases, suspects, createdById, now);
  await loadDemoReferrals(tx, createdById);
  const counts = { cases: rows.length, suspects: suspects.length, victims: victims.length };
  // The seed is the baseline the records start from, not a change a user made, so its records
  // get no audit events of their own; one event records when the baseline was loaded, and what.
  await recordAudit(tx, {
    actor: null,
    action: "seed.loaded",
    entityType: "seed",
    details: { ...counts, years: YEAR_PLANS.map((p) => p.year) },
    request: { ip: null, userAgent: null },
  });
  return counts;
}
