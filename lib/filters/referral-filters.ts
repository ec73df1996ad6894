import { z } from "zod";
import { periodRange } from "@/lib/domain/period";
import { isCalendarDate } from "@/lib/domain/period";
import { REFERRAL_STATUSES, REINTEGRATION_STATUSES } from "@/lib/domain/referrals";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ServiceType } from "@/lib/generated/prisma/enums";

// The /referrals list's filters as they appear in the URL, and the Prisma condition they select.
// The report's services section counts through referralFilterWhere too, and links to the list
// with the same filters (lib/reports/services-drill-down.ts), so a figure equals its list's count.

/** Which date from/to select by: the referral date (the default) or the date provided. */
export const REFERRAL_DATES = ["referred", "provided"] as const;
/** Referrals the report's quality check lists: provided before they were referred. */
export const REFERRAL_PROBLEMS = ["provided-before-referred"] as const;
export const REFERRAL_PAGE_SIZE = 50;

function firstNonBlank(value: unknown) {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
}
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(firstNonBlank, schema.optional());
const ZDay = z.string().refine(isCalendarDate, { error: "date" });

export const ZReferralFilters = z.object({
  status: opt(z.enum(REFERRAL_STATUSES, { error: "invalid" })),
  service: opt(z.enum(ServiceType, { error: "invalid" })),
  provider: opt(z.coerce.number().int().min(1).max(2_147_483_647)),
  dated: opt(z.enum(REFERRAL_DATES, { error: "invalid" })),
  from: opt(ZDay),
  to: opt(ZDay),
  problem: opt(z.enum(REFERRAL_PROBLEMS, { error: "invalid" })),
  /** The referrals that carry each victim's latest follow-up visit in from–to, at this status. */
  reintegration: opt(z.enum(REINTEGRATION_STATUSES, { error: "invalid" })),
  page: opt(z.coerce.number().int().min(1).max(100_000)),
});
export type TReferralFilters = z.infer<typeof ZReferralFilters>;
export type TReferralFilterErrors = Partial<Record<keyof TReferralFilters, string>>;

const FILTER_KEYS = Object.keys(ZReferralFilters.shape) as (keyof TReferralFilters)[];

/** Reads the filters from the URL; a value that is not valid is dropped and named in `errors`. */
export function parseReferralFilters(params: Record<string, string | string[] | undefined>): {
  filters: TReferralFilters;
  errors: TReferralFilterErrors;
} {
  const filters: Record<string, unknown> = {};
  const errors: TReferralFilterErrors = {};
  for (const key of FILTER_KEYS) {
    const parsed = ZReferralFilters.shape[key].safeParse(params[key]);
    if (parsed.success) {
      if (parsed.data !== undefined) filters[key] = parsed.data;
    } else errors[key] = "invalid";
  }
  return { filters: filters as TReferralFilters, errors };
}

/** The list's URL with these filters (blank ones left out, in a stable order). */
export function referralListHref(filters: Partial<TReferralFilters>): string {
  const query = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined && value !== null && value !== "") query.set(key, String(value));
  }
  const q = query.toString();
  return q ? `/referrals?${q}` : "/referrals";
}

/** The instants from/to select: both days inclusive, read in Asia/Phnom_Penh. */
export function dayRange(
  f: Pick<TReferralFilters, "from" | "to">,
): Prisma.DateTimeFilter | undefined {
  if (!f.from && !f.to) return undefined;
  return {
    ...(f.from ? { gte: periodRange({ from: f.from, to: f.from }).start } : {}),
    ...(f.to ? { lt: periodRange({ from: f.to, to: f.to }).end } : {}),
  };
}

/** The condition the filters select (scope is added by the caller: referralScope). */
export function referralFilterWhere(f: TReferralFilters): Prisma.ReferralWhereInput {
  // With `reintegration`, from–to are the visits' dates (referral-where.ts), not the referral's.
  const range = f.reintegration ? undefined : dayRange(f);
  const where: Prisma.ReferralWhereInput = {
    ...(f.status ? { status: f.status } : {}),
    ...(f.service ? { service: f.service } : {}),
    ...(f.provider ? { providerId: f.provider } : {}),
  };
  if (range) {
    if (f.dated === "provided") where.providedAt = range;
    else where.referredAt = range;
  } else if (f.dated === "provided") where.providedAt = { not: null };
  return where;
}
