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
