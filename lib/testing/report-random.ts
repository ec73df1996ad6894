// Random counts for the suppression tests: a seeded generator and counts clustered around k.

// A seeded generator, so a failure names a case that can be run again.
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
