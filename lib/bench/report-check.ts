import { assembleReport } from "@/lib/reports/assemble";
import type { TReportCounts } from "@/lib/reports/queries";
import type { TReportDocument } from "@/lib/reports/types";

// Compares the report with the floor figure by figure. The floor's counts go through the same pure
// assembly as the report's, so both documents list every breakdown in the same order, zeros and
// "unspecified" rows included; any count that differs shows as a path and two values.

function flatten(value: unknown, path: string, out: Map<string, unknown>) {
  if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) flatten(v, path ? `${path}.${k}` : k, out);
  } else out.set(path, value);
}

/** The figures on which the report and the floor differ, as "path: report ≠ floor" lines. */
export function compareWithFloor(report: TReportDocument, floor: TReportCounts): string[] {
  const expected = assembleReport({
    period: report.period,
    counts: floor,
    ageBandSet: report.rules.ageBandSet,
    scope: report.scope,
    generatedAt: new Date(report.generatedAt),
  });
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  flatten(report, "", a);
  flatten(expected, "", b);
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths]
    .filter((p) => a.get(p) !== b.get(p))
    .map((p) => `${p}: report ${String(a.get(p))} ≠ floor ${String(b.get(p))}`);
}

/** How many figures the comparison covered: every number in the report. */
export function countFigures(report: TReportDocument): number {
  const all = new Map<string, unknown>();
  flatten(report, "", all);
  return [...all.values()].filter((v) => typeof v === "number").length;
}
