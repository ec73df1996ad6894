import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import km from "./messages/km.json";
import { messageEntries } from "./merge-messages";

// docs/glossary-km.md fixes each domain term once. This reads its table and, for every term
// marked "checked", requires that each English message using the term (a whole word, singular or
// plural, any case) has a Khmer message using the Khmer term. A leading ការ (which makes a verb a
// noun) is optional, so "ចាប់ខ្លួន" satisfies "ការចាប់ខ្លួន".

type Messages = { [key: string]: string | Messages };

type Term = { english: string; khmer: string; checked: boolean };

function glossaryTerms(markdown: string): Term[] {
  return markdown
    .split("\n")
    .filter(
      (line) => line.startsWith("| ") && !line.startsWith("| English") && !line.startsWith("| ---"),
    )
    .map((line) => line.split("|").map((cell) => cell.trim()))
    .map((cells) => ({
      english: cells[1] ?? "",
      khmer: cells[2] ?? "",
      checked: cells[4] === "yes",
    }));
}

const glossary = glossaryTerms(
  readFileSync(path.join(__dirname, "../../docs/glossary-km.md"), "utf8"),
);
const khmer = new Map(messageEntries(km as Messages));

function englishPattern(term: string): RegExp {
  // "staff (role)" is matched as "staff"; the bracket only tells the reader which sense.
  const word = term.replace(/\s*\(.*\)$/, "").replace(/[-/\\^$*+?.()|[\]{}]/g, "\\$&");
  return new RegExp(`\\b${word}s?\\b`, "i");
}

describe("the Khmer glossary", () => {
  it("has a Khmer term in Khmer script for every row, and checks the core terms", () => {
    expect(glossary.length).toBeGreaterThan(40);
    for (const term of glossary) expect(term.khmer, term.english).toMatch(/^[\u1780-\u17FF\s.]+$/);
    for (const core of ["victim", "suspect", "arrest", "rescue", "human trafficking"])
      expect(glossary.find((t) => t.english === core)?.checked, core).toBe(true);
  });

  it.each(glossary.filter((t) => t.checked).map((t) => [t.english, t] as const))(
    "is followed wherever an English message says %s",
    (_, term) => {
      const pattern = englishPattern(term.english);
      const core = term.khmer.replace(/^ការ/, "");
      const missing = messageEntries(en as Messages)
        .filter(([key, text]) => pattern.test(text) && khmer.has(key))
        .filter(([key]) => !khmer.get(key)!.includes(core))
        .map(([key]) => `${key}: ${khmer.get(key)}`);
      expect(missing).toEqual([]);
    },
  );
});
