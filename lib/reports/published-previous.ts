import "server-only";
import type { TPreviousTotals } from "./assemble";
import type { TComparison } from "./types";

/**
 * The totals of `year`'s latest published snapshot, to compare the next year against; undefined
 * when the year has not been published. (Filled in by report publishing.)
 */
export async function findPublishedPrevious(
  year: number,
): Promise<
  { comparison: Exclude<TComparison, { source: "live" }>; previous: TPreviousTotals } | undefined
> {
  void year;
  return undefined;
}
