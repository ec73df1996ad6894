import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { assertCan } from "@/lib/auth/scope";
import { calendarYearOf, previousPeriod, yearPeriod, type TPeriod } from "@/lib/domain/period";
import { isoCodeOf } from "@/lib/domain/provinces";
import type { TReportOptions } from "@/lib/validation/report";
import { assembleReport } from "./assemble";
import { findPublishedPrevious } from "./published-previous";
import { queryReportCounts } from "./queries";
import { queryServiceCounts } from "./services-queries";
import { withServices } from "./services-section";
import type { TReportDocument } from "./types";

/**
 * The report for a calendar year or any period, as the user may see it: computed from the live
 * records in PostgreSQL, inside the user's scope. For a national reader of a calendar year, the
 * year before is taken from its published snapshot when there is one (the comparison says so).
 */
export async function buildReport(
  user: ActingUser,
  yearOrPeriod: number | TPeriod,
  options: TReportOptions = { bands: "ncct" },
): Promise<TReportDocument> {
  assertCan(user, "read:report");
  const period = typeof yearOrPeriod === "number" ? yearPeriod(yearOrPeriod) : yearOrPeriod;
  const year = calendarYearOf(period);
  const [counts, services, published] = await Promise.all([
    queryReportCounts(user, period, previousPeriod(period), options.bands),
    queryServiceCounts(user, period),
    user.nationalScope && year !== null
      ? findPublishedPrevious(year - 1)
      : Promise.resolve(undefined),
  ]);
  const report = assembleReport({
    period,
    counts,
    ageBandSet: options.bands,
    scope: {
      national: user.nationalScope,
      provinces: user.nationalScope ? [] : user.provinceIds.map(isoCodeOf),
    },
    generatedAt: new Date(),
    published,
  });
  return withServices(report, services);
}
