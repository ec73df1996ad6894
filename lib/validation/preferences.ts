import { z } from "zod";

// A user's own display preferences. No user id is taken: the action changes the acting user's own
// row, so nobody can set another's.

/** The digits of Khmer pages (the Prisma enum Digits; decision 0028). */
export const DIGITS = ["KHMER", "LATIN"] as const;

export const ZSetPreferences = z.object({
  digits: z.enum(DIGITS, { error: "choose" }),
});
export type TSetPreferences = z.infer<typeof ZSetPreferences>;
