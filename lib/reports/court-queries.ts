import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { dbRead } from "@/lib/db";
import type { TRecordFilters } from "@/lib/filters/record-filters";
import { suspectWhere } from "@/lib/filters/record-where";
import { groups, nationalityGroups, type TGroupCount } from "./group-counts";

// Prosecutions and convictions, counted through the suspects list's own filters like every other
// figure: a prosecution is a person charged in the period (by the charge date), a conviction a
// person whose verdict is "convicted" and whose verdict date falls in the period.

export type TCourtCounts = {
  prosecutions: {
    total: number;
    previous: number;
    bySex: TGroupCount[];
    byNationality: TGroupCount[];
  };
  convictions: {
    total: number;
    previous: number;
    bySex: TGroupCount[];
    byNationality: TGroupCount[];
    /** By months of imprisonment (null: not recorded); banded in assemble.ts. */
    byMonths: TGroupCount[];
    suspended: number;
    /** Convicted with no verdict date: no period can count them. */
    withoutVerdictDate: number;
    /** Verdicts in the period dated before the person's arrest. */
    verdictBeforeArrest: number;
  };
};

type Period = Pick<TRecordFilters, "year" | "from" | "to">;

export async function queryCourtCounts(
  user: ActingUser,
  period: Period,
  previous: Period,
): Promise<TCourtCounts> {
  const charged = (p: Period): TRecordFilters => ({ ...p, dated: "charged" });
  const convicted = (p: Period): TRecordFilters => ({
    ...p,
    dated: "verdict",
    outcome: "CONVICTED",
  });
  const where = {
    charged: suspectWhere(user, charged(period)),
    convicted: suspectWhere(user, convicted(period)),
  };
  const [
    prosecutions,
    prosecutionsBefore,
    prosecutionsBySex,
    prosecutionsByNationality,
    convictions,
    convictionsBefore,
    convictionsBySex,
    convictionsByNationality,
    byMonths,
    suspended,
    withoutVerdictDate,
    verdictBeforeArrest,
  ] = await Promise.all([
    dbRead.suspect.count({ where: where.charged }),
    dbRead.suspect.count({ where: suspectWhere(user, charged(previous)) }),
    dbRead.suspect.groupBy({ by: ["sex"], where: where.charged, _count: { _all: true } }),
    dbRead.suspect.groupBy({
      by: ["isForeign", "nationality"],
      where: where.charged,
      _count: { _all: true },
    }),
    dbRead.suspect.count({ where: where.convicted }),
    dbRead.suspect.count({ where: suspectWhere(user, convicted(previous)) }),
    dbRead.suspect.groupBy({ by: ["sex"], where: where.convicted, _count: { _all: true } }),
    dbRead.suspect.groupBy({
      by: ["isForeign", "nationality"],
      where: where.convicted,
      _count: { _all: true },
    }),
    dbRead.suspect.groupBy({
      by: ["sentenceMonths"],
      where: where.convicted,
      _count: { _all: true },
    }),
    dbRead.suspect.count({ where: { AND: [where.convicted, { sentenceSuspended: true }] } }),
    dbRead.suspect.count({
      where: suspectWhere(user, { year: "none", dated: "verdict", outcome: "CONVICTED" }),
    }),
    dbRead.suspect.count({
      where: suspectWhere(user, { ...period, dated: "verdict", problem: "verdict-before-arrest" }),
    }),
  ]);
  return {
    prosecutions: {
      total: prosecutions,
      previous: prosecutionsBefore,
      bySex: groups(prosecutionsBySex, "sex"),
      byNationality: nationalityGroups(prosecutionsByNationality),
    },
    convictions: {
      total: convictions,
      previous: convictionsBefore,
      bySex: groups(convictionsBySex, "sex"),
      byNationality: nationalityGroups(convictionsByNationality),
      byMonths: groups(byMonths, "sentenceMonths"),
      suspended,
      withoutVerdictDate,
      verdictBeforeArrest,
    },
  };
}
