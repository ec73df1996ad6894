import { describe, expect, it } from "vitest";
import { creationRecorded } from "./history-origin";

describe("creationRecorded", () => {
  it("finds the record's own creation event", () => {
    expect(creationRecorded("case", [{ action: "case.created" }, { action: "case.updated" }])).toBe(
      true,
    );
    expect(creationRecorded("user", [{ action: "user.created" }])).toBe(true);
  });

  it("is false for a seeded record: no events, or only later ones and read-access events", () => {
    expect(creationRecorded("victim", [])).toBe(false);
    expect(
      creationRecorded("victim", [
        { action: "victim.identity_viewed" },
        { action: "victim.updated" },
      ]),
    ).toBe(false);
  });

  it("does not take another kind of record's creation for this one's", () => {
    expect(creationRecorded("suspect", [{ action: "case.created" }])).toBe(false);
  });
});
