import { describe, expect, it } from "vitest";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import {
  allowedTransitions,
  changeInstant,
  checkStatusChange,
  needsNote,
  transitionKind,
} from "./case-workflow";

const base = { changedOn: "2026-11-01", previousOn: "2026-10-01", today: "2026-11-30" } as const;

describe("case workflow transitions", () => {
  it("moves forward one stage at a time and never skips one", () => {
    expect(transitionKind("OPEN", "INVESTIGATION")).toBe("forward");
    expect(transitionKind("INVESTIGATION", "PROSECUTION")).toBe("forward");
    expect(transitionKind("PROSECUTION", "IN_COURT")).toBe("forward");
    expect(transitionKind("OPEN", "PROSECUTION")).toBeNull();
    expect(transitionKind("OPEN", "IN_COURT")).toBeNull();
    expect(transitionKind("INVESTIGATION", "IN_COURT")).toBeNull();
  });

  it("closes from every open stage, steps back one stage, reopens only to investigation", () => {
    for (const from of ["OPEN", "INVESTIGATION", "PROSECUTION", "IN_COURT"] as const)
      expect(transitionKind(from, "CLOSED"), from).toBe("close");
    expect(transitionKind("IN_COURT", "PROSECUTION")).toBe("back");
    expect(transitionKind("INVESTIGATION", "OPEN")).toBe("back");
    expect(transitionKind("IN_COURT", "INVESTIGATION")).toBeNull();
    expect(transitionKind("CLOSED", "INVESTIGATION")).toBe("reopen");
    expect(transitionKind("CLOSED", "OPEN")).toBeNull();
    expect(transitionKind("CLOSED", "IN_COURT")).toBeNull();
  });

  it("refuses staying where the case is", () => {
    for (const s of ["OPEN", "INVESTIGATION", "PROSECUTION", "IN_COURT", "CLOSED"] as CaseStatus[])
      expect(transitionKind(s, s), s).toBeNull();
  });

  it("lists the allowed moves in workflow order", () => {
    expect(allowedTransitions("OPEN").map((t) => t.to)).toEqual(["INVESTIGATION", "CLOSED"]);
    expect(allowedTransitions("PROSECUTION")).toEqual([
      { to: "INVESTIGATION", kind: "back" },
      { to: "IN_COURT", kind: "forward" },
      { to: "CLOSED", kind: "close" },
    ]);
    expect(allowedTransitions("CLOSED")).toEqual([{ to: "INVESTIGATION", kind: "reopen" }]);
  });

  it("asks for a note only for the moves that undo an earlier entry", () => {
    expect(needsNote("back")).toBe(true);
    expect(needsNote("reopen")).toBe(true);
    expect(needsNote("forward")).toBe(false);
    expect(needsNote("close")).toBe(false);
  });
});

describe("checkStatusChange", () => {
  it("accepts a plain forward move and a close with its reason", () => {
    expect(checkStatusChange({ ...base, from: "OPEN", to: "INVESTIGATION" })).toEqual({});
    expect(
      checkStatusChange({ ...base, from: "IN_COURT", to: "CLOSED", closeReason: "CONVICTION" }),
    ).toEqual({});
  });

  it("puts each error on its field", () => {
    expect(checkStatusChange({ ...base, from: "OPEN", to: "IN_COURT" })).toEqual({
      toStatus: ["caseWorkflow.errors.notAllowed"],
    });
    expect(checkStatusChange({ ...base, from: "OPEN", to: "CLOSED" })).toEqual({
      closeReason: ["caseWorkflow.errors.reasonRequired"],
    });
    expect(
      checkStatusChange({ ...base, from: "OPEN", to: "INVESTIGATION", closeReason: "OTHER" }),
    ).toEqual({ closeReason: ["caseWorkflow.errors.reasonNotClosing"] });
    expect(checkStatusChange({ ...base, from: "CLOSED", to: "INVESTIGATION", note: "  " })).toEqual(
      { note: ["caseWorkflow.errors.noteRequired"] },
    );
    expect(
      checkStatusChange({ ...base, from: "IN_COURT", to: "PROSECUTION", note: "Back to police" }),
    ).toEqual({});
  });

  it("refuses a date in the future or before the previous change, and allows the same day", () => {
    const move = { from: "OPEN", to: "INVESTIGATION" } as const;
    expect(checkStatusChange({ ...base, ...move, changedOn: "2026-12-01" })).toEqual({
      changedOn: ["caseWorkflow.errors.dateInFuture"],
    });
    expect(checkStatusChange({ ...base, ...move, changedOn: "2026-09-30" })).toEqual({
      changedOn: ["caseWorkflow.errors.beforePrevious"],
    });
    expect(checkStatusChange({ ...base, ...move, changedOn: "2026-10-01" })).toEqual({});
    expect(
      checkStatusChange({ ...base, ...move, previousOn: null, changedOn: "2001-01-01" }),
    ).toEqual({});
  });
});

describe("changeInstant", () => {
  it("is the start of the day in Phnom Penh", () => {
    expect(changeInstant("2026-11-01", null).toISOString()).toBe("2026-10-31T17:00:00.000Z");
    const earlier = new Date("2026-10-01T02:00:00Z");
    expect(changeInstant("2026-11-01", earlier).toISOString()).toBe("2026-10-31T17:00:00.000Z");
  });

  it("keeps a same-day change after the previous one", () => {
    const sameDay = new Date("2026-11-01T03:30:00Z");
    expect(changeInstant("2026-11-01", sameDay)).toEqual(sameDay);
  });
});
