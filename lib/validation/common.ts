import { z } from "zod";
import { isCountryCode } from "@/lib/domain/countries";
import { ZPlainString, type TTextOptions } from "./text";

// Shared field rules for record forms. Messages are keys in the `validation` catalogue.

// Built once: constructing an Intl formatter per date checked dominated large imports.
const phnomPenhDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Phnom_Penh" });

/** Today's date in Phnom Penh, YYYY-MM-DD: the latest date an event or a birth may have. */
export function todayInPhnomPenh(now = new Date()): string {
  return phnomPenhDate.format(now);
}

const blankToUndefined = (v: unknown) =>
  v === null || (typeof v === "string" && v.trim() === "") ? undefined : v;

export const ZOptionalText = (max = 200, options: TTextOptions = {}) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() || undefined : blankToUndefined(v)),
    ZPlainString(options).max(max, { error: "tooLong" }).optional(),
  );

export const ZRequiredText = (max = 200) =>
  ZPlainString({}, { error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(max, { error: "tooLong" });

/** A real day, YYYY-MM-DD. Round-trip: Date.parse accepts 2017-02-30 and rolls it into March. */
export function isCalendarDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const t = Date.parse(`${v}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === v;
}

/** A calendar date, YYYY-MM-DD, not after today in Phnom Penh. */
export const ZPastDate = z.preprocess(
  blankToUndefined,
  z
    .string()
    // abort: an unreadable date gets one message, and is not also said to be in the future.
    .refine(isCalendarDate, { error: "date", abort: true })
    .refine((v) => v <= todayInPhnomPenh(), { error: "dateInFuture" })
    .optional(),
);

/** A time of day, HH:MM, read in Phnom Penh. */
export const ZTime = z.preprocess(
  blankToUndefined,
  z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "time" })
    .optional(),
);

export const ZAge = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ error: "number" })
    .int({ error: "wholeNumber" })
    .min(0, { error: "ageRange" })
    .max(120, { error: "ageRange" })
    .optional(),
);

export const ZProvinceId = z.coerce
  .number({ error: "province" })
  .int({ error: "province" })
  .min(1, { error: "province" })
  .max(25, { error: "province" });

export const ZOptionalProvinceId = z.preprocess(blankToUndefined, ZProvinceId.optional());

export const ZCountryCode = z.string().refine(isCountryCode, { error: "country" });

export const ZUuid = z.uuid({ error: "required" });
export const ZOptionalUuid = z.preprocess(blankToUndefined, z.uuid({ error: "choose" }).optional());
export const ZVersion = z.coerce.number().int().min(1).max(2_147_483_647);

/** The instant of an event entered as a Phnom Penh date and an optional time. */
export function phnomPenhInstant(date: string | undefined, time: string | undefined): Date | null {
  if (!date) return null;
  return new Date(`${date}T${time ?? "00:00"}:00+07:00`);
}

/**
 * A date and a time given together may not be later than now: a rescue at 23:59 today is a date
 * the date rule accepts, hours ahead. The error sits on the time, the part that is wrong. Only
 * a readable date and time are compared; each field reports its own format error.
 */
export function checkNotInFuture(
  date: string | undefined,
  time: string | undefined,
  timeField: string,
  ctx: z.RefinementCtx,
  now = new Date(),
) {
  if (!date || !time || !isCalendarDate(date) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return;
  const instant = phnomPenhInstant(date, time);
  if (instant && instant.getTime() > now.getTime()) {
    ctx.addIssue({ code: "custom", message: "timeInFuture", path: [timeField] });
  }
}
