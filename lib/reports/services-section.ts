import { REINTEGRATION_STATUSES } from "@/lib/domain/referrals";
import { ServiceType } from "@/lib/generated/prisma/enums";
import type { TServiceCounts } from "./services-queries";
import type { TCheck, TReportDocument, TServicesSection } from "./types";

// The report's services section from its counts, and its checks. Pure, like assemble.ts: every
// service type and every reintegration status is listed, zeros included, so years line up.

export const SERVICES_DEFINITIONS: Record<string, string> = {
  servicesReferred:
    "Referrals of victims to a service whose referral date falls in the period, by service; a victim referred to two services counts twice.",
  servicesProvided: "Referrals whose service was provided on a date in the period, by service.",
  reintegration:
    "Victims with a follow-up visit in the period, by the reintegration status found at their latest visit in the period.",
};

const sum = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);

export function servicesSection(c: TServiceCounts): TServicesSection {
  const referred = new Map(c.referredByService.map((r) => [r.service as string, r.count]));
  const provided = new Map(c.providedByService.map((r) => [r.service as string, r.count]));
  const reintegration = new Map(c.reintegration.map((r) => [r.status, r.count]));
  return {
    referred: c.referred,
    provided: c.provided,
    byType: Object.values(ServiceType).map((service) => ({
      service,
      referred: referred.get(service) ?? 0,
      provided: provided.get(service) ?? 0,
    })),
    visitedVictims: c.visitedVictims,
    reintegration: REINTEGRATION_STATUSES.map((status) => ({
      status,
      count: reintegration.get(status) ?? 0,
    })),
  };
}

export function servicesChecks(s: TServicesSection, c: TServiceCounts): TCheck[] {
  const check = (id: string, count: number, expected: number): TCheck => ({
    id,
    kind: "consistency",
    ok: count === expected,
    count,
    expected,
  });
  const referred = s.byType.reduce((n, r) => n + r.referred, 0);
  const provided = s.byType.reduce((n, r) => n + r.provided, 0);
  return [
    check("services.byType.referred", referred, s.referred),
    check("services.byType.provided", provided, s.provided),
    check("services.reintegration", sum(s.reintegration), s.visitedVictims),
    {
      id: "quality.providedBeforeReferred",
      kind: "quality",
      ok: c.providedBeforeReferred === 0,
      count: c.providedBeforeReferred,
    },
  ];
}

/** The report with its services section and their checks added. */
export function withServices(report: TReportDocument, c: TServiceCounts): TReportDocument {
  const services = servicesSection(c);
  return {
    ...report,
    rules: {
      ...report.rules,
      definitions: { ...report.rules.definitions, ...SERVICES_DEFINITIONS },
    },
    services,
    checks: [...report.checks, ...servicesChecks(services, c)],
  };
}
