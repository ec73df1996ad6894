import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import km from "./messages/km.json";
import { mergeMessages, messageEntries as entries, missingKeys } from "./merge-messages";

type Messages = { [key: string]: string | Messages };

const keys = (messages: Messages) => entries(messages).map(([k]) => k);

// Khmer values rightly written without Khmer script: codes a Khmer page writes in Latin letters
// too, and the mark of a suppressed figure ("x" in both languages). Anything else in km.json
// must hold Khmer script.
const LATIN_IN_KHMER = new Set(["XLSX", "CSV", "PDF", "JSON", "SHA-256", "ISO", "CTDC", "x"]);
/**
 * The argument names an ICU message uses, at any depth: "{count, plural, one {# of {total}}}"
 * gives count and total; a plural branch's own text ("{none}") is text, not an argument.
 */
function argumentsOf(message: string): string[] {
  const names: string[] = [];
  let i = 0;
  const text = (): void => {
    while (i < message.length && message[i] !== "}") {
      if (message[i] === "{") argument();
      else i++;
    }
  };
  const argument = (): void => {
    i++; // "{"
    const head = /^\s*(\w+)\s*(?:,\s*(\w+)\s*)?/.exec(message.slice(i))!;
    names.push(head[1]!);
    i += head[0].length;
    if (["plural", "select", "selectordinal"].includes(head[2] ?? "")) {
      i++; // "," before the branches
      while (i < message.length && message[i] !== "}") {
        if (message[i] === "{") {
          i++;
          text();
        }
        i++;
      }
    } else while (i < message.length && message[i] !== "}") i++;
    i++; // "}"
  };
  while (i < message.length) {
    text();
    i++;
  }
  return names.sort();
}

const ICU_SYNTAX = /\{[^{}]*\}|[#{}\s\p{P}\p{S}\d]/gu;

describe("message catalogues", () => {
  it("gives Khmer every key English has", () => {
    expect(missingKeys(en, km)).toEqual([]);
  });

  it("has no Khmer key that English lacks (a typo would never be shown)", () => {
    expect(missingKeys(km, en)).toEqual([]);
  });

  it("writes every Khmer string in Khmer script, bar a short list of codes", () => {
    const latin = entries(km as Messages).filter(
      ([, v]) => !/[\u1780-\u17FF]/.test(v) && !LATIN_IN_KHMER.has(v.replace(ICU_SYNTAX, "")),
    );
    expect(latin).toEqual([]);
  });

  it("keeps each message's placeholders in Khmer", () => {
    const khmer = new Map(entries(km as Messages));
    const placeholders = (s: string) => [...new Set(argumentsOf(s))];
    const differing = entries(en as Messages)
      .filter(
        ([k, v]) => khmer.has(k) && placeholders(v).join() !== placeholders(khmer.get(k)!).join(),
      )
      .map(([k]) => k);
    expect(differing).toEqual([]);
  });
});

describe("argumentsOf", () => {
  it("finds arguments at any depth, and not a plural branch's text", () => {
    expect(
      argumentsOf("{count, plural, =0 {none} one {# of {total}} other {#}} in {year}"),
    ).toEqual(["count", "total", "year"]);
    expect(argumentsOf("plain")).toEqual([]);
  });
});

describe("mergeMessages", () => {
  it("falls back to English for strings Khmer lacks, and keeps Khmer where present", () => {
    const merged = mergeMessages(en, km) as typeof en;
    expect(merged.nav.cases).toBe(km.nav.cases);
    expect(keys(merged).sort()).toEqual(keys(en).sort());
    const partial = mergeMessages({ a: { b: "B", c: "C" } }, { a: { b: "ខ" } });
    expect(partial).toEqual({ a: { b: "ខ", c: "C" } });
    expect(missingKeys({ a: { b: "B", c: "C" }, d: "D" }, { a: { b: "ខ" } })).toEqual(["a.c", "d"]);
  });
});
