import type { TChange } from "./types";

// Year-over-year change, in exact integer arithmetic: (this − last) / last × 100, rounded half-up
// (half away from zero) to two decimals. 67/92 = 72.826…% is +72.83%, where floating point and
// toFixed can round the wrong way. From a zero base the change is "new", never Infinity or NaN.

/** The change in hundredths of a percent, or null from a zero base. */
export function changeHundredths(total: number, previous: number): number | null {
  if (previous === 0) return null;
  const numerator = BigInt(total - previous) * 10000n;
  const denominator = BigInt(previous);
  const magnitude = numerator < 0n ? -numerator : numerator;
  const rounded = (2n * magnitude + denominator) / (2n * denominator);
  return Number(numerator < 0n ? -rounded : rounded);
}

function formatHundredths(hundredths: number): string {
  const magnitude = Math.abs(hundredths);
  const text = `${Math.trunc(magnitude / 100)}.${String(magnitude % 100).padStart(2, "0")}%`;
  if (hundredths > 0) return `+${text}`;
  // U+2212 MINUS SIGN, as printed figures use.
  if (hundredths < 0) return `\u2212${text}`;
  return text;
}

export function changeOf(total: number, previous: number): TChange {
  const hundredths = changeHundredths(total, previous);
  if (hundredths === null) {
    return { total, previous, changePercent: null, change: total === 0 ? "none" : "new" };
  }
  return { total, previous, changePercent: hundredths / 100, change: formatHundredths(hundredths) };
}
