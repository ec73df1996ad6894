import fc from "fast-check";

// One seed for the whole suite, so a failure seen in CI replays exactly on a laptop. fast-check
// also reports the path of the failing run; with FUZZ_PATH it replays that one input alone.

function seedFromEnv(): number {
  const raw = process.env.FUZZ_SEED;
  if (raw === undefined || raw === "") return 20_261_129;
  const seed = Number(raw);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, not ${raw}`);
  return seed;
}

export const FUZZ_SEED = seedFromEnv();

/** Runs per property: `base` by default, scaled by FUZZ_RUNS (a multiplier, e.g. 10 overnight). */
export function fuzzRuns(base: number): number {
  const factor = Number(process.env.FUZZ_RUNS ?? 1);
  return Math.max(1, Math.round(base * (Number.isFinite(factor) && factor > 0 ? factor : 1)));
}

// FUZZ_SKIP=futureTime,oversized looks past known failures to the next ones while they are being
// fixed. Never set it in CI: it exists to explore, not to pass.
const SKIPPED = new Set((process.env.FUZZ_SKIP ?? "").split(",").filter(Boolean));
export const notSkipped = (m: { category: string }) => !SKIPPED.has(m.category);

/** The command that replays one integration test: vitest's -t picks it by name. */
export const vitestReplay = (file: string, name: string) =>
  `npx vitest run --project integration ${file} -t ${JSON.stringify(name)}`;

/** Keeps a property's report readable when a counterexample holds a megabyte string. */
export function clip(text: string, max = 2_000): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} chars in all)`;
}

/** Each property's own seed, from the suite's and its name: properties draw different inputs,
 * and FUZZ_SEED still replays every one of them. */
export function seedFor(key: string): number {
  let hash = FUZZ_SEED | 0;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash | 0;
}

let generated = 0;
/** How many inputs the suite has thrown so far (each file reports its own total). */
export const generatedCount = () => generated;

/**
 * fc.assert with the suite's seed, no shrinking by default (each run touches the database; a
 * shrink of a megabyte string could take minutes; FUZZ_SHRINK=1 turns it on), and a message
 * that says how to replay the failure.
 */
export async function assertFuzz<Ts extends [unknown, ...unknown[]]>(
  property: fc.IAsyncPropertyWithHooks<Ts>,
  options: { runs: number; replay: string; key: string },
): Promise<void> {
  const path = process.env.FUZZ_PATH || undefined;
  const shrink = process.env.FUZZ_SHRINK === "1";
  const counted = property.beforeEach((previous) => {
    generated++;
    return previous();
  });
  try {
    await fc.assert(counted, {
      seed: seedFor(options.key),
      numRuns: options.runs,
      path,
      endOnFailure: !shrink,
      verbose: fc.VerbosityLevel.None,
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const failurePath = /path: "([^"]+)"/.exec(message)?.[1];
    const replay = [
      `FUZZ_SEED=${FUZZ_SEED}`,
      failurePath ? `FUZZ_PATH=${failurePath}` : "",
      options.replay,
    ]
      .filter(Boolean)
      .join(" ");
    throw new Error(`Fuzz failure; replay with:\n  ${replay}\n\n${clip(message, 6_000)}`, {
      cause: err,
    });
  }
}
