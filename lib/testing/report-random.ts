// Random counts for the suppression tests: a seeded generator and counts clustered around k.

import { mulberry32 } from "@/prisma/seed-random";

/** A seeded generator, so a failure names a case that can be run again: the seed's own. */
export const random = mulberry32;

/** Counts that are mostly near k: zeros, small ones, and ones just above k. */
export function countNear(rand: () => number, k: number) {
  const r = rand();
  if (r < 0.2) return 0;
  if (r < 0.6) return 1 + Math.floor(rand() * (k - 1));
  if (r < 0.9) return k + Math.floor(rand() * 8);
  return k + Math.floor(rand() * 60);
}

/** The values of k the random tests draw from. */
export const KS = [3, 4, 5, 11];
