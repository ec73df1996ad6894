import { describe, expect, it } from "vitest";
import { yearInPhnomPenh } from "@/lib/domain/time";
import { ageOn, atPhnomPenh, dateOfBirthFor, phnomPenhDateOf } from "./seed-calendar";
import { buildDemoRecords } from "./seed-records";

const STAFF = "00000000-0000-4000-8000-000000000000";

// What must not vary between runs: everything but ids, victim codes and entry times.
function fingerprint() {
  const { cases, suspects, victims } = buildDemoRecords(STAFF, new Date(0));
  return {
    cases: cases.map(({ id: _id, ...c }) => c),
    suspects: suspects.map(({ caseId: _case, ...s }) => s),
    victims: victims.map(({ caseId: _case, code: _code, ...v }) => v),
  };
}

describe("the demo records", () => {
  it("are the same on every run", () => {
    expect(fingerprint()).toEqual(fingerprint());
  });

  it("use unique victim codes and obviously fictional names", () => {
    const { suspects, victims } = buildDemoRecords(STAFF);
    expect(new Set(victims.map((v) => v.code)).size).toBe(victims.length);
    for (const v of victims)
      expect(v.name).toMatch(/^(Sample Victim \d{4}|សំណាក ជនរងគ្រោះ [០-៩]{4})$/);
    for (const s of suspects)
      expect(s.name).toMatch(/^(Sample Suspect \d{4}|សំណាក ជនសង្ស័យ [០-៩]{4})$/);
  });

  it("keep 2016's and 2017's events in those years in Phnom Penh, none in the future", () => {
    const { cases, suspects, victims } = buildDemoRecords(STAFF);
    const events = [
      ...cases.map((c) => c.crackedDownAt),
      ...suspects.flatMap((s) => (s.arrestedAt ? [new Date(s.arrestedAt)] : [])),
      ...victims.map((v) => new Date(v.rescuedAt!)),
    ];
    expect(new Set(events.map(yearInPhnomPenh))).toEqual(new Set([2016, 2017]));
    expect(events.filter((e) => e > new Date())).toEqual([]);
  });
});

describe("the demo suspects' court proceedings", () => {
  const { suspects } = buildDemoRecords(STAFF);
  const arrested = suspects.filter((s) => s.arrestedAt && !s.deletedAt);
  const charged = arrested.filter((s) => s.chargedAt);

  it("charge most arrested suspects, days to weeks after the arrest, in their case's court", () => {
    expect(charged.length / arrested.length).toBeGreaterThan(0.8);
    for (const s of charged) {
      const days = (+new Date(s.chargedAt!) - +new Date(s.arrestedAt!)) / 86_400_000;
      expect(days).toBeGreaterThan(1);
      expect(days).toBeLessThan(42);
      expect(s.courtProvinceId).toBeGreaterThan(0);
      expect(s.chargeArticles).toEqual([expect.stringMatching(/^LSHTSE-\d+$/)]);
    }
  });

  it("date verdicts months after the charge, in 2016 to 2018, and only when decided", () => {
    const verdicts = charged.filter((s) => s.verdictAt);
    for (const s of verdicts) {
      expect(s.courtOutcome).not.toBe("PENDING");
      expect(+new Date(s.verdictAt!)).toBeGreaterThan(+new Date(s.chargedAt!) + 80 * 86_400_000);
      expect([2016, 2017, 2018]).toContain(yearInPhnomPenh(new Date(s.verdictAt!)));
    }
    const outcomes = new Set(verdicts.map((s) => s.courtOutcome));
    expect(outcomes).toEqual(new Set(["CONVICTED", "ACQUITTED", "DISMISSED"]));
    expect(new Set(verdicts.map((s) => yearInPhnomPenh(new Date(s.verdictAt!))))).toContain(2018);
  });

  it("sentence only convictions, in plausible bands, some suspended, some fined, some appealed", () => {
    for (const s of suspects) {
      if (s.courtOutcome !== "CONVICTED") {
        expect([s.sentenceMonths, s.sentenceSuspended, s.fineRiel].map((v) => v ?? null)).toEqual([
          null,
          null,
          null,
        ]);
      }
      if (!s.courtOutcome || s.courtOutcome === "PENDING")
        expect(s.appealStatus ?? null).toBeNull();
    }
    const sentenced = charged.filter((s) => s.sentenceMonths != null);
    expect(sentenced.length).toBeGreaterThan(10);
    for (const s of sentenced) expect(s.sentenceMonths).toBeGreaterThanOrEqual(24);
    for (const s of sentenced) expect(s.sentenceMonths).toBeLessThanOrEqual(240);
    expect(sentenced.some((s) => s.sentenceSuspended)).toBe(true);
    expect(sentenced.some((s) => s.fineRiel)).toBe(true);
    expect(charged.some((s) => s.appealStatus && s.appealStatus !== "NONE")).toBe(true);
  });
});

describe("Phnom Penh's calendar for seeded dates", () => {
  it("reads a rescue at 05:00 in Phnom Penh on the Phnom Penh date, not the UTC one", () => {
    const rescuedAt = atPhnomPenh(2017, 3, 10, 5, 0);
    expect(rescuedAt.toISOString()).toBe("2017-03-09T22:00:00.000Z");
    const dob = dateOfBirthFor(rescuedAt, 15, 0);
    expect(dob.toISOString().slice(0, 10)).toBe("2002-03-10");
    expect(ageOn(dob, phnomPenhDateOf(rescuedAt))).toBe(15);
  });

  it("makes the day before a birthday one year younger", () => {
    const rescuedAt = atPhnomPenh(2017, 6, 1);
    expect(dateOfBirthFor(rescuedAt, 15, -1).toISOString().slice(0, 10)).toBe("2002-06-02");
    expect(ageOn(dateOfBirthFor(rescuedAt, 15, -1), phnomPenhDateOf(rescuedAt))).toBe(14);
  });

  it("handles a rescue on 29 February", () => {
    const rescuedAt = atPhnomPenh(2016, 2, 29);
    const dob = dateOfBirthFor(rescuedAt, 15, 0);
    expect(dob.toISOString().slice(0, 10)).toBe("2001-02-28");
    expect(ageOn(dob, phnomPenhDateOf(rescuedAt))).toBe(15);
  });
});
