// Khmer text as people type it. The same name reaches the database in more than one spelling:
// zero-width spaces between words (typed, or not), a vowel typed as two signs instead of its one
// code point, subscript da for subscript ta, subscript ro before or after another subscript. The
// duplicate warning and the search must treat these as one name (decision 0028).
//
// The stored key is made by the database (person_name_key, a trigger on victim and suspect, so
// forms, imports and scripts all fill it alike: migration 20261129234600_khmer_name_key). This is
// the same function in TypeScript, for the searches built as Prisma filters; an integration test
// (khmer-text.int.test.ts) holds the two to each other, and the unit test to real names.

/** Characters that show nothing: zero-width space, non-joiner, joiner, word joiner, BOM, and the
 * inherent-vowel signs U+17B4 and U+17B5, which Unicode says not to use. */
export const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF\u17B4\u17B5]/g;

/** Alternate spellings, each folded to the one the key keeps, in the order they are applied
 * (the order of the SQL function's replace() calls). */
export const KHMER_FOLDS: readonly (readonly [from: string, to: string])[] = [
  ["\u17C1\u17B8", "\u17BE"], // េ + ី → ើ
  ["\u17C1\u17B6", "\u17C4"], // េ + ា → ោ
  ["\u17BE\u17B6", "\u17C4\u17B8"], // ើ + ា looks like ោ + ី
  ["\u17D2\u178A", "\u17D2\u178F"], // subscript da → subscript ta (្ដ and ្ត look alike)
  ["\u17A3", "\u17A2"], // deprecated ឣ → អ
  ["\u17A4", "\u17A2\u17B6"], // deprecated ឤ → អា
];

/** Subscript ro typed before another subscript: it is written last. */
const COENG_RO_FIRST = /\u17D2\u179A(\u17D2[\u1780-\u17B3])/g;

/** The key a person's name is matched and searched by (the database's person_name_key). */
export function personNameKey(name: string): string {
  let key = name.normalize("NFC").replace(INVISIBLE, "");
  for (const [from, to] of KHMER_FOLDS) key = key.replaceAll(from, to);
  key = key.replace(COENG_RO_FIRST, "$1\u17D2\u179A");
  return key.toLowerCase().replace(/\s+/g, " ").trim();
}
