// Deterministic randomness for the demo records: one fixed seed gives the same records on every
// run, so the demo, the tests and the report all see the same figures.

export type Rng = () => number;

/** What every record builder shares. */
export type SeedContext = {
  rng: Rng;
  by: { createdById: string; updatedById: string };
  /** The next fictional name, e.g. "Sample Suspect 0107". */
  nameOf: () => string;
  /** When the soft-deleted records were deleted. */
  now: Date;
};

/** mulberry32: a tiny 32-bit generator, good enough to spread synthetic data (not for secrets). */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An integer in [min, max], both inclusive. */
export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function pickOne<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

/** One of the keys, with probability proportional to its weight. */
export function pickWeighted<K extends string>(rng: Rng, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  let r = rng() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [key, w] of entries) {
    r -= w;
    if (r < 0) return key;
  }
  return entries[entries.length - 1]![0];
}

/** 1 to `max` distinct items, in their original order. */
export function pickSome<T>(rng: Rng, items: readonly T[], max: number): T[] {
  const chosen = new Set(shuffle(rng, items).slice(0, intBetween(rng, 1, max)));
  return items.filter((item) => chosen.has(item));
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Spends draws whose value is no longer used, and adds nothing to the record it is spread into.
 * Victims once carried a list of services (referrals now, decision 0035): their draws stay, so
 * every later draw, and so every figure of the demo years, stays as it was.
 */
export function spentDraws(_draws: unknown): Record<string, never> {
  return {};
}
