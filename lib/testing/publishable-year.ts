import { uniquePastYear } from "./db";

/**
 * A past year the calling test owns together with the year after it. Publishing a year changes
 * how a national report of the NEXT year compares (with the published figures), so a test that
 * publishes must own that year too, or it would disturb another test's report.
 */
export async function uniquePublishableYear(): Promise<number> {
  let year = await uniquePastYear();
  for (;;) {
    const next = await uniquePastYear();
    if (next === year + 1) return year;
    year = next;
  }
}
