import "server-only";
import { dbRead } from "@/lib/db";
import type { TPreviousTotals } from "./assemble";
import type { TComparison } from "./types";

type Row = {
  revision: number;
  sha256: string;
  publishedAt: Date;
  cases: number;
  arrests: number;
  victims: number;
  abroad: number;
  prosecutions: number | null;
  convictions: number | null;
};

/**
 * The totals of `year`'s latest published snapshot, to compare the next year against; undefined
 * when the year has not been published. Only the four totals are read out of the stored document.
 */
export async function findPublishedPrevious(
  year: number,
): Promise<
  { comparison: Exclude<TComparison, { source: "live" }>; previous: TPreviousTotals } | undefined
> {
  const [row] = await dbRead.$queryRaw<Row[]>`
    SELECT revision, sha256, published_at AS "publishedAt",
           (document #>> '{cases,total}')::int AS cases,
           (document #>> '{arrests,total}')::int AS arrests,
           (document #>> '{victims,total}')::int AS victims,
           (document #>> '{rescuedAbroad,total}')::int AS abroad,
           (document #>> '{prosecutions,total}')::int AS prosecutions,
           (document #>> '{convictions,total}')::int AS convictions
      FROM report_snapshot
     WHERE year = ${year}
     ORDER BY revision DESC
     LIMIT 1`;
  if (!row) return undefined;
  return {
    comparison: {
      source: "published",
      publishedAt: row.publishedAt.toISOString(),
      sha256: row.sha256,
      revision: row.revision,
    },
    previous: {
      cases: row.cases,
      arrests: row.arrests,
      victims: row.victims,
      abroad: row.abroad,
      // Snapshots published before these sections existed lack them: the live count stands in.
      prosecutions: row.prosecutions ?? undefined,
      convictions: row.convictions ?? undefined,
    },
  };
}
