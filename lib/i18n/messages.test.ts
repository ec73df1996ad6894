import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import km from "./messages/km.json";
import { mergeMessages } from "./merge-messages";

type Messages = { [key: string]: string | Messages };

function keys(messages: Messages, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([k, v]) =>
    typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}

/**
 * Keys whose Khmer is the same code as the English: "x" marks a suppressed count in the public
 * variant in every language, as CTDC publishes it (the Khmer public note names it too).
 */
const KHMER_IS_A_CODE = new Set(["reportExport.suppressedMark"]);

describe("message catalogues", () => {
  it("has no Khmer key that English lacks (a typo would never be shown)", () => {
    const english = new Set(keys(en));
    expect(keys(km).filter((k) => !english.has(k))).toEqual([]);
  });

  it("writes Khmer strings in Khmer script", () => {
    for (const key of keys(km).filter((k) => !KHMER_IS_A_CODE.has(k))) {
      const value = key.split(".").reduce<unknown>((m, p) => (m as Messages)[p], km);
      expect(value, key).toMatch(/[\u1780-\u17FF]/);
    }
  });
});

describe("mergeMessages", () => {
  it("falls back to English for strings Khmer lacks, and keeps Khmer where present", () => {
    const merged = mergeMessages(en, km) as typeof en;
    expect(merged.nav.cases).toBe(km.nav.cases);
    expect(keys(merged).sort()).toEqual(keys(en).sort());
    // A key Khmer lacks, made here so the test does not depend on which ones are translated yet.
    const partial = mergeMessages({ a: { b: "B", c: "C" } }, { a: { b: "ខ" } });
    expect(partial).toEqual({ a: { b: "ខ", c: "C" } });
  });
});
