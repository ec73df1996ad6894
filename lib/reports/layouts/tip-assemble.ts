import type { TPeriod } from "@/lib/domain/period";
import { drillDownHref } from "../drill-down";
import type { TReportScope } from "../types";
import { TIP_DEFINITIONS } from "./definitions";
import { tipDrillDown } from "./layout-drill-down";
import {
  LAYOUT_FORMATS,
  TIP_FIGURES,
  type TFullCell,
  type TTipFigure,
  type TTipFigureName,
  type TTipLayout,
} from "./types";

// The TIP layout from its counts. Pure: no database, no clock.

export type TTipCounts = Record<TTipFigureName, { total: number; labour: number }>;

export function assembleTipLayout(input: {
  period: TPeriod;
  counts: TTipCounts;
  scope: TReportScope;
  generatedAt: Date;
}): TTipLayout<TFullCell> {
  const { period, counts } = input;
  const cell = (figure: TTipFigureName, labour: boolean): TFullCell => ({
    count: counts[figure][labour ? "labour" : "total"],
    list: drillDownHref(tipDrillDown(period, figure, labour)),
  });
  const figures = Object.fromEntries(
    TIP_FIGURES.map((f) => [f, { total: cell(f, false), labour: cell(f, true) }]),
  ) as Record<TTipFigureName, TTipFigure<TFullCell>>;
  return {
    format: LAYOUT_FORMATS.tip,
    layout: "tip",
    period: { from: period.from, to: period.to },
    generatedAt: input.generatedAt.toISOString(),
    scope: input.scope,
    rules: { timeZone: "Asia/Phnom_Penh", definitions: TIP_DEFINITIONS },
    ...figures,
    // The labour share is a part of its total, counted apart: a check that they agree.
    checks: TIP_FIGURES.map((f) => ({
      id: `${f}.labour.part`,
      ok: counts[f].labour <= counts[f].total,
      count: counts[f].labour,
      expected: counts[f].total,
    })),
  };
}
