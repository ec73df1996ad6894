import { z } from "zod";
import { ZCountryCode } from "./common";

export const SEXES = ["FEMALE", "MALE", "OTHER", "UNKNOWN"] as const;

/** What the nationality picker submits: an ISO code, "FOREIGN" (foreign, nationality not
 * known), or "" (not known at all). */
export const ZNationalityChoice = z.preprocess(
  (v) => (v === undefined || v === null ? "" : v),
  z.union([z.literal(""), z.literal("FOREIGN"), ZCountryCode], { error: "country" }),
);

export function nationalityFields(choice: string): {
  nationality: string | null;
  isForeign: boolean | null;
} {
  if (choice === "") return { nationality: null, isForeign: null };
  if (choice === "FOREIGN") return { nationality: null, isForeign: true };
  return { nationality: choice, isForeign: choice !== "KH" };
}

export function nationalityChoice(p: {
  nationality: string | null;
  isForeign: boolean | null;
}): string {
  if (p.nationality) return p.nationality;
  return p.isForeign ? "FOREIGN" : "";
}

type AgeInput = { dateOfBirth?: string; age?: number };

/** A person has a date of birth or an age, not both: two sources could disagree. */
export function checkBirthOrAge(v: AgeInput, ageField: string, ctx: z.RefinementCtx) {
  if (v.dateOfBirth && v.age !== undefined) {
    ctx.addIssue({ code: "custom", message: "birthOrAge", path: [ageField] });
  }
}

/** An event cannot come before the person was born. */
export function checkAfterBirth(
  dateOfBirth: string | undefined,
  eventDate: string | undefined,
  eventField: string,
  ctx: z.RefinementCtx,
) {
  if (dateOfBirth && eventDate && eventDate < dateOfBirth) {
    ctx.addIssue({ code: "custom", message: "beforeBirth", path: [eventField] });
  }
}

/** On create: whether to look for likely duplicates first ("run"), or the user's decision after
 * seeing them: save anyway ("skip"), or save and link as the same person (`sameAs`). */
export const duplicateDecision = {
  duplicateCheck: z.enum(["run", "skip"]).default("run"),
  sameAs: z.preprocess((v) => (v === "" ? undefined : v), z.uuid({ error: "choose" }).optional()),
};
