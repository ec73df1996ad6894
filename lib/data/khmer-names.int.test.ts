import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { createVictimSpec } from "@/lib/actions/definitions/victims";
import { runGuarded } from "@/lib/auth/guard-core";
import { findSuspects } from "@/lib/data/suspects";
import { findVictims } from "@/lib/data/victims";
import { personNameKey } from "@/lib/domain/khmer-text";
import { testDb, uniqueKey, uniqueYear } from "@/lib/testing/db";
import { victimForm } from "@/lib/testing/people";
import { filtersOf } from "@/lib/testing/record-lists";
import { makeUser } from "@/lib/testing/users";
import { buildSuspect, buildVictim } from "@/prisma/factories";

// Khmer names typed two ways (decision 0028): the database's person_name_key (the stored key)
// and personNameKey (the searches' key) agree, and both the duplicate warning and the lists'
// search find a person however their name was typed.
const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: null, userAgent: "vitest" };

// A Khmer-only name unique to one test: the test's key spelled in Khmer consonants, so neither a
// Latin tail nor another test's name carries the match.
const CONSONANTS = "កខគឃងចឆជឈញដឋឌឍណតថទធនបផពភមយរលវសហឡអ";
const khmerKey = () =>
  [...uniqueKey()].map((c) => CONSONANTS[parseInt(c, 36) % CONSONANTS.length]).join("");

async function sqlKey(name: string): Promise<string> {
  const [row] = await db.$queryRaw<{ key: string }[]>`SELECT person_name_key(${name}) AS key`;
  return row!.key;
}

describe("the name key", () => {
  it("is the same in the database and in the searches, for typed and random Khmer", async () => {
    const typed = [
      "សុខ\u200Bចាន់ធា",
      "\u1785\u17C1\u17B8\u1793 \u179F\u17C1\u17B6\u1797\u17B6",
      "\u179F\u17D2\u179A\u17D2\u178F\u17B8 \u17A7\u178F\u17D2\u178A\u1798",
      "\u17A3\u17BB\u1793 \u17A4 \u1780\u17BE\u17B6\u17B4",
      "  Sok\uFEFF  DARA\t",
    ];
    for (const name of typed) expect(await sqlKey(name), name).toBe(personNameKey(name));
    // Strings of the characters the rules touch, in any order, with Latin letters and spaces.
    const alphabet = [
      ..."\u1780\u1785\u178A\u178F\u179A\u179F\u17A2\u17A3\u17A4\u17B4\u17B5\u17B6\u17B8\u17BE\u17C0\u17C1\u17C4\u17D2",
      ..."\u200B\u200C\u200D\u2060\uFEFF aZ ",
    ];
    const names = fc.sample(
      fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((cs) => cs.join("")),
      { numRuns: 300, seed: 20261129 },
    );
    const [rows] = [
      await db.$queryRaw<{ key: string }[]>`
        SELECT person_name_key(n) AS key FROM unnest(${names}::text[]) WITH ORDINALITY AS t(n, i)
        ORDER BY i`,
    ];
    expect(rows.map((r) => r.key)).toEqual(names.map(personNameKey));
  });
});

describe("a Khmer name typed two ways", () => {
  it("raises the duplicate warning for a victim saved with a zero-width space inside the name", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const tail = khmerKey();
    // Saved with a zero-width space inside the given name and ើ typed as េ + ី ...
    const first = await runGuarded(
      createVictimSpec,
      staff,
      request,
      victimForm(null, { duplicateCheck: "run", name: `ស្រី\u200Bពៅ ចេ\u200Bីន${tail}` }),
    );
    expect(first).toMatchObject({ ok: true });
    const id = (first as { data: { id: string } }).data.id;
    const stored = await db.victim.findUniqueOrThrow({ where: { id }, select: { nameKey: true } });
    expect(stored.nameKey).toBe(`ស្រីពៅ ចើន${tail}`);
    // ... and entered again as most would type it.
    const again = await runGuarded(
      createVictimSpec,
      staff,
      request,
      victimForm(null, { duplicateCheck: "run", name: `ស្រីពៅ ចើន${tail}` }),
    );
    expect(again).toMatchObject({ ok: false, code: "conflict", messageKey: "possibleDuplicates" });
    const details = (again as { details: { id: string }[] }).details;
    expect(details.map((d) => d.id)).toEqual([id]);
  });

  it("is found by the victims' and the suspects' search", async () => {
    const year = await uniqueYear();
    const at = new Date(`${year}-06-15T10:00:00+07:00`);
    const tail = khmerKey();
    const victim = await db.victim.create({
      data: buildVictim({
        name: `ស្រ្តី ឧត្ដម${tail}`,
        rescuedAt: at,
        rescueProvinceId: 12,
      }),
    });
    const suspect = await db.suspect.create({
      data: buildSuspect({ name: `\u1785\u17C1\u17B6 ស្រ្តី${tail}`, arrestedAt: at }),
    });
    const staff = await makeUser(db, "STAFF", { nationalScope: true });
    const q = (text: string) => ({ year: String(year), q: text });
    const victims = await findVictims(staff, filtersOf("victims", q(`ស្ត្រី ឧត្តម${tail}`)));
    expect(victims.rows.map((r) => r.id)).toEqual([victim.id]);
    const suspects = await findSuspects(staff, filtersOf("suspects", q(`ចោ ស្ត្រី${tail}`)));
    expect(suspects.rows.map((r) => r.id)).toEqual([suspect.id]);
    // A zero-width space typed into the query finds the same records.
    const zwsp = await findVictims(staff, filtersOf("victims", q(`ស្ត្រី\u200B ឧត្តម${tail}`)));
    expect(zwsp.rows.map((r) => r.id)).toEqual([victim.id]);
  });
});
