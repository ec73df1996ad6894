import { describe, expect, it } from "vitest";
import { personNameKey } from "./khmer-text";

// Each pair is one name as two typists wrote it.
const SAME_NAME: [string, string, string][] = [
  ["a zero-width space between the words", "សុខ\u200Bចាន់ធា", "សុខចាន់ធា"],
  ["a zero-width space and a space", "សុខ \u200Bចាន់ធា", "សុខ ចាន់ធា"],
  ["a byte-order mark and a zero-width joiner", "\uFEFFចាន់\u200Dធា", "ចាន់ធា"],
  ["ើ typed as េ + ី (ចើន)", "\u1785\u17C1\u17B8\u1793", "\u1785\u17BE\u1793"],
  ["ោ typed as េ + ា (សោភា)", "\u179F\u17C1\u17B6\u1797\u17B6", "\u179F\u17C4\u1797\u17B6"],
  ["ើ + ា for ោ + ី", "\u1780\u17BE\u17B6", "\u1780\u17C4\u17B8"],
  [
    "subscript da for subscript ta (ឧត្តម)",
    "\u17A7\u178F\u17D2\u178A\u1798",
    "\u17A7\u178F\u17D2\u178F\u1798",
  ],
  [
    "subscript ro typed first (ស្ត្រី)",
    "\u179F\u17D2\u179A\u17D2\u178F\u17B8",
    "\u179F\u17D2\u178F\u17D2\u179A\u17B8",
  ],
  ["deprecated ឣ for អ (អុន)", "\u17A3\u17BB\u1793", "\u17A2\u17BB\u1793"],
  ["spaces around and between", "  ចាន់   ធា ", "ចាន់ ធា"],
  ["Latin case", "Sok DARA", "sok dara"],
];

describe("personNameKey", () => {
  it.each(SAME_NAME)("treats %s as one name", (_, typed, other) => {
    expect(personNameKey(typed)).toBe(personNameKey(other));
  });

  it("keeps names that differ apart", () => {
    expect(personNameKey("សុខ ចាន់ធា")).not.toBe(personNameKey("សុខ ចាន់ថា"));
    // ៀ is its own vowel, not េ + anything: ចៀម (sheep) is not ចេម.
    expect(personNameKey("\u1785\u17C0\u1798")).not.toBe(personNameKey("\u1785\u17C1\u1798"));
    // Subscript da alone in the key stays distinct from the letter da itself.
    expect(personNameKey("\u178A")).toBe("\u178A");
  });

  it("writes the one spelling the key keeps", () => {
    expect(personNameKey("\u1785\u17C1\u17B8\u1793")).toBe("\u1785\u17BE\u1793");
    expect(personNameKey("\u179F\u17D2\u179A\u17D2\u178F\u17B8")).toBe(
      "\u179F\u17D2\u178F\u17D2\u179A\u17B8",
    );
  });
});
