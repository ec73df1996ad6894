import "server-only";
import type { RequestContext } from "@/lib/audit/record";
import type { ActingUser } from "@/lib/auth/acting-user";
import { AppError, notFound } from "@/lib/errors";
import { suspectScopeSql, victimScopeSql } from "@/lib/auth/scope-sql";
import { logIdentityReads, type TShownVictim } from "./identity-reads";
import type { Tx } from "./person-writes";
import { suspectScope, victimScope } from "@/lib/auth/scope";

export type PersonFacts = {
  name: string;
  dateOfBirth: Date | null;
  sex: string;
  nationality: string | null;
};
export type DuplicateMatch = {
  id: string;
  label: string;
  dateOfBirth: string | null;
  sex: string;
  nationality: string | null;
  caseId: string | null;
  score: number;
};

type Candidate = {
  id: string;
  label: string;
  date_of_birth: Date | null;
  sex: string;
  nationality: string | null;
  case_id: string | null;
  province_id: number | null;
  name_score: number;
};

// Name similarity (pg_trgm, on the normalised key the database keeps) is the first test; the date
// of birth, sex and nationality then raise or lower the likelihood. A known difference in date of
// birth weighs most: two people of one name are common, two of one name and birth date are not.
const SHOW_FROM = 0.6;

function likelihood(c: Candidate, p: PersonFacts): number {
  let score = c.name_score;
  const dob = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
  if (dob(c.date_of_birth) && dob(p.dateOfBirth))
    score += dob(c.date_of_birth) === dob(p.dateOfBirth) ? 0.3 : -0.4;
  if (c.sex !== "UNKNOWN" && p.sex !== "UNKNOWN") score += c.sex === p.sex ? 0.1 : -0.3;
  if (c.nationality && p.nationality) score += c.nationality === p.nationality ? 0.1 : -0.1;
  return Math.round(score * 100) / 100;
}

type RankedMatch = DuplicateMatch & { provinceId: number | null };

function rank(candidates: Candidate[], p: PersonFacts): RankedMatch[] {
  return candidates
    .map((c) => ({
      id: c.id,
      label: c.label,
      dateOfBirth: c.date_of_birth?.toISOString().slice(0, 10) ?? null,
      sex: c.sex,
      nationality: c.nationality,
      caseId: c.case_id,
      provinceId: c.province_id,
      score: likelihood(c, p),
    }))
    .filter((m) => m.score >= SHOW_FROM)
    .sort((a, b) => b.score - a.score)
    .slice(0, 5);
}

/** Likely existing records of the same victim, among those the user may see. Lists show codes,
 * so the label is the code; the form shows names only to roles that may see them. */
export async function findVictimDuplicates(tx: Tx, user: ActingUser, p: PersonFacts) {
  const rows = await tx.$queryRaw<Candidate[]>`
    SELECT v.id, v.code || ' · ' || v.name AS label, v.date_of_birth, v.sex::text AS sex, v.nationality,
           v.case_id, COALESCE(v.rescue_province_id, c.province_id) AS province_id,
           similarity(v.name_key, person_name_key(${p.name}))::float8 AS name_score
      FROM victim v LEFT JOIN "case" c ON c.id = v.case_id
     WHERE v.deleted_at IS NULL AND v.name_key % person_name_key(${p.name}) AND ${victimScopeSql(user)}
     ORDER BY name_score DESC LIMIT 20`;
  return rank(rows, p);
}

export async function findSuspectDuplicates(tx: Tx, user: ActingUser, p: PersonFacts) {
  const scope = suspectScopeSql(user);
  const rows = await tx.$queryRaw<Candidate[]>`
    SELECT s.id, s.name || coalesce(' · ' || c.reference, '') AS label, s.date_of_birth,
           s.sex::text AS sex, s.nationality, s.case_id, c.province_id,
           similarity(s.name_key, person_name_key(${p.name}))::float8 AS name_score
      FROM suspect s LEFT JOIN "case" c ON c.id = s.case_id
     WHERE s.deleted_at IS NULL AND s.name_key % person_name_key(${p.name}) AND ${scope}
     ORDER BY name_score DESC LIMIT 20`;
  return rank(rows, p);
}

type Decision = { duplicateCheck: "run" | "skip"; sameAs?: string };

/** The warning: the likely matches, for the form, and who they are, for the read-access log. */
export class PossibleDuplicates extends AppError {
  constructor(
    matches: DuplicateMatch[],
    readonly shown: readonly TShownVictim[],
    readonly kind: "victim" | "suspect",
  ) {
    super("conflict", "possibleDuplicates", {}, undefined, matches);
  }
}

/**
 * Runs a create's transaction; when it ends in a duplicate warning about victims, logs the
 * identities the warning shows, after the transaction has rolled back: written inside it, the log
 * would vanish with it, and written beside it on a second connection, it would wait on an embedded
 * database's single session, which the transaction holds. If the log fails, so does the warning.
 */
export async function withDuplicateWarningLog<T>(
  user: ActingUser,
  request: RequestContext,
  create: () => Promise<T>,
): Promise<T> {
  try {
    return await create();
  } catch (err) {
    if (err instanceof PossibleDuplicates && err.kind === "victim") {
      await logIdentityReads(user, err.shown, "duplicate-warning", request);
    }
    throw err;
  }
}

/**
 * Applies the user's duplicate decision before a victim or suspect is created: a link target must
 * exist and be visible; otherwise, unless the user chose to save anyway, likely matches stop the
 * create. Returns the id to store as `linkedToId`.
 */
export async function decideDuplicates(
  tx: Tx,
  user: ActingUser,
  kind: "victim" | "suspect",
  decision: Decision,
  facts: PersonFacts,
): Promise<string | null> {
  if (decision.sameAs) {
    const id = decision.sameAs;
    const found =
      kind === "victim"
        ? await tx.victim.count({ where: { id, deletedAt: null, ...victimScope(user) } })
        : await tx.suspect.count({ where: { id, deletedAt: null, ...suspectScope(user) } });
    if (!found) throw notFound();
    return id;
  }
  if (decision.duplicateCheck === "run") {
    const find = kind === "victim" ? findVictimDuplicates : findSuspectDuplicates;
    const ranked = await find(tx, user, facts);
    if (ranked.length) {
      // The warning shows the matches' names and dates of birth: withDuplicateWarningLog logs it.
      const matches: DuplicateMatch[] = ranked.map(({ provinceId: _, ...m }) => m);
      throw new PossibleDuplicates(matches, ranked, kind);
    }
  }
  return null;
}
