import { describe, expect, it } from "vitest";
import {
  canMoveReferral,
  checkFollowUp,
  checkReferralChange,
  isFinalReferralStatus,
  nextReferralStatuses,
  providedAtAfter,
  REFERRAL_STATUSES,
} from "./referrals";

const base = { referredOn: "2026-03-10", lastChangeOn: "2026-03-12", today: "2026-04-01" };

describe("referral transitions", () => {
  it("allows exactly the moves of the workflow", () => {
    const allowed = REFERRAL_STATUSES.flatMap((from) =>
      REFERRAL_STATUSES.filter((to) => canMoveReferral(from, to)).map((to) => `${from}>${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        "REFERRED>ACCEPTED",
        "REFERRED>DECLINED",
        "REFERRED>CLOSED",
        "ACCEPTED>PROVIDED",
        "ACCEPTED>DECLINED",
        "ACCEPTED>CLOSED",
        "PROVIDED>CLOSED",
      ].sort(),
    );
  });

  it("treats declined and closed as final, and nothing moves to itself", () => {
    expect(isFinalReferralStatus("DECLINED")).toBe(true);
    expect(isFinalReferralStatus("CLOSED")).toBe(true);
    expect(isFinalReferralStatus("ACCEPTED")).toBe(false);
    for (const s of REFERRAL_STATUSES) expect(nextReferralStatuses(s)).not.toContain(s);
    // A provided service cannot be declined afterwards, nor skip acceptance.
    expect(canMoveReferral("PROVIDED", "DECLINED")).toBe(false);
    expect(canMoveReferral("REFERRED", "PROVIDED")).toBe(false);
  });
});

describe("checkReferralChange", () => {
  it("accepts an allowed move on a date between the last change and today", () => {
    expect(
      checkReferralChange({ ...base, from: "REFERRED", to: "ACCEPTED", on: "2026-03-12" }),
    ).toEqual({});
    expect(
      checkReferralChange({ ...base, from: "ACCEPTED", to: "PROVIDED", on: "2026-04-01" }),
    ).toEqual({});
  });

  it("puts a refused move on the status and a bad date on the date", () => {
    expect(
      checkReferralChange({ ...base, from: "CLOSED", to: "ACCEPTED", on: "2026-04-02" }),
    ).toEqual({ status: ["transition"], on: ["dateInFuture"] });
    expect(
      checkReferralChange({ ...base, from: "REFERRED", to: "ACCEPTED", on: "2026-03-09" }),
    ).toEqual({ on: ["beforeReferral"] });
    expect(
      checkReferralChange({ ...base, from: "REFERRED", to: "ACCEPTED", on: "2026-03-11" }),
    ).toEqual({ on: ["beforeLastChange"] });
  });
});

describe("providedAtAfter", () => {
  it("sets the provided date on PROVIDED and keeps it after closing", () => {
    expect(providedAtAfter("PROVIDED", "d2", null)).toBe("d2");
    expect(providedAtAfter("CLOSED", "d3", "d2")).toBe("d2");
    expect(providedAtAfter("ACCEPTED", "d1", null)).toBeNull();
  });
});

describe("checkFollowUp", () => {
  it("refuses a visit in the future or before the referral", () => {
    const today = base.today;
    expect(checkFollowUp({ visitedOn: "2026-03-10", referredOn: "2026-03-10", today })).toEqual({});
    expect(checkFollowUp({ visitedOn: "2026-04-02", referredOn: "2026-03-10", today })).toEqual({
      visitedOn: ["dateInFuture"],
    });
    expect(checkFollowUp({ visitedOn: "2026-03-01", referredOn: "2026-03-10", today })).toEqual({
      visitedOn: ["beforeReferral"],
    });
  });
});
