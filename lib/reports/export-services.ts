import type { TExportTranslator, TKeyLabels } from "./export-labels";
import type {
  TBreakdownId,
  TSectionId,
  TViewBreakdown,
  TViewSection,
  TViewTotal,
} from "./export-view-types";
import type { TPublicServices } from "./public-types";
import type { TServicesSection } from "./types";

// The services section (decision 0035) as the exports show it: referrals made and services
// provided, each a total with its breakdown by service, and the reintegration outcomes. A
// document made before referrals has none, and shows none (export-sections.ts).

type AnyRow = { count: number | null; suppressed?: true } & Record<string, unknown>;
type Breakdown = (
  section: TSectionId,
  dimension: TBreakdownId,
  rows: readonly AnyRow[] | undefined,
  keyName: string,
  label: (key: string | null) => string,
) => TViewBreakdown | null;

export function servicesSections(
  services: TServicesSection | TPublicServices | undefined,
  total: (c: { total: number | null }) => TViewTotal,
  breakdown: Breakdown,
  labels: TKeyLabels,
  t: TExportTranslator,
): TViewSection[] {
  if (!services) return [];
  const nonNull = (f: (key: string) => string) => (key: string | null) => (key ? f(key) : "");
  const column = (key: "referred" | "provided"): AnyRow[] =>
    services.byType.map((r) => ({ service: r.service, count: r[key] }));
  const section = (
    id: TSectionId,
    count: number | null,
    dimension: TBreakdownId,
    rows: AnyRow[],
    keyName: string,
    label: (key: string) => string,
  ): TViewSection => ({
    id,
    title: t(`sections.${id}` as "sections.cases"),
    total: total({ total: count }),
    breakdowns: [breakdown(id, dimension, rows, keyName, nonNull(label))].filter(
      (b): b is TViewBreakdown => b !== null,
    ),
    extras: [],
  });
  return [
    section(
      "servicesReferred",
      services.referred,
      "byService",
      column("referred"),
      "service",
      labels.service,
    ),
    section(
      "servicesProvided",
      services.provided,
      "byService",
      column("provided"),
      "service",
      labels.service,
    ),
    section(
      "reintegration",
      services.visitedVictims,
      "byStatus",
      services.reintegration as AnyRow[],
      "status",
      labels.reintegration,
    ),
  ];
}
