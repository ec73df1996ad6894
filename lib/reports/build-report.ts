import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { assertCan } from "@/lib/auth/scope";
import { isoCodeOf } from "@/lib/domain/provinces";
import type { TReportOptions } from "@/lib/validation/report";
import { assembleReport } from "./assemble";
import { findPublishedPrevious } from "./published-previous";
import { queryReportCounts } from "./queries";
import type { TReportDocument } from "./types";

/**
 * The annual report for `year`, as the user may see it: computed from the live records in
 * PostgreSQL, inside the user's scope. For a national reader, the year before is taken from its
 * published snapshot when there is one (the comparison says so).
 */
export async function buildReport(
  user: ActingUser,
  year: number,
  options: TReportOptions = { bands: "ncct" },
): Promise<TReportDocument> {
  assertCan(user, "read:report");
  const [counts, published] = await Promise.all([
    queryReportCounts(user, year, options.bands),
    user.nationalScope ? findPublishedPrevious(year - 1) : Promise.resolve(undefined),
  ]);
  return assembleReport({
    year,
    counts,
    ageBandSet: options.bands,
    scope: {
      national: user.nationalScope,
      provinces: user.nationalScope ? [] : user.provinceIds.map(isoCodeOf),
    },
    generatedAt: new Date(),
    published,
  });
}
