import { yearPeriod, type TPeriod } from "@/lib/domain/period";
import { referralListHref, type TReferralFilters } from "@/lib/filters/referral-filters";
import type { TDrillPeriod } from "./drill-down";

// The services section's figures as the /referrals list that shows exactly the referrals behind
// each: the same filters services-queries.ts counts with. Pure, for the page and the tests.

const periodOf = (p: TDrillPeriod): TPeriod => (typeof p === "number" ? yearPeriod(p) : p);
const list = (p: TDrillPeriod, more: Partial<TReferralFilters>) => {
  const { from, to } = periodOf(p);
  return referralListHref({ from, to, ...more });
};
type Service = TReferralFilters["service"];
type Reintegration = TReferralFilters["reintegration"];

export const servicesDrillDown = {
  referred: (p: TDrillPeriod, service?: string) => list(p, { service: service as Service }),
  provided: (p: TDrillPeriod, service?: string) =>
    list(p, { dated: "provided", service: service as Service }),
  reintegration: (p: TDrillPeriod, status: string) =>
    list(p, { reintegration: status as Reintegration }),
  providedBeforeReferred: (p: TDrillPeriod) => list(p, { problem: "provided-before-referred" }),
};
