import { afterEach, describe, expect, it, vi } from "vitest";
import { ZCreateCase } from "./case";
import { phnomPenhInstant, todayInPhnomPenh } from "./common";
import { nationalityChoice, nationalityFields } from "./person";
import { ZCreateSuspect } from "./suspect";
import { ZCreateVictim, ZImportVictim } from "./victim";

const errorsOf = (r: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

const victim = {
  name: "Fictional Person",
  sex: "FEMALE",
  nationality: "KH",
  rescuePlace: "CAMBODIA",
  rescueProvinceId: "12",
  rescuingAgency: "POLICE_JUDICIAL",
  exploitationType: "SEXUAL",
};
const suspect = {
  caseId: "00000000-0000-4000-8000-000000000001",
  name: "Fictional Suspect",
  sex: "MALE",
  nationality: "VN",
  role: "BROKER",
};

describe("dates", () => {
  it("may not be in the future, read in Phnom Penh", () => {
    const today = todayInPhnomPenh();
    expect(
      ZCreateCase.safeParse({
        offenceType: "OTHER",
        provinceId: "12",
        leadAgency: "x",
        status: "OPEN",
        crackedDownOn: today,
      }).success,
    ).toBe(true);
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(
      errorsOf(
        ZCreateCase.safeParse({
          offenceType: "OTHER",
          provinceId: "12",
          leadAgency: "x",
          status: "OPEN",
          crackedDownOn: tomorrow,
        }),
      ),
    ).toEqual({
      crackedDownOn: "dateInFuture",
    });
  });

  it("become instants in UTC+7", () => {
    expect(phnomPenhInstant("2017-12-31", "23:30")?.toISOString()).toBe("2017-12-31T16:30:00.000Z");
    expect(phnomPenhInstant("2017-01-01", undefined)?.toISOString()).toBe(
      "2016-12-31T17:00:00.000Z",
    );
    expect(phnomPenhInstant(undefined, "10:00")).toBeNull();
  });

  it("refuses impossible calendar dates", () => {
    expect(errorsOf(ZCreateVictim.safeParse({ ...victim, rescuedOn: "2017-13-45" }))).toEqual({
      rescuedOn: "date",
    });
  });
});

/** Every issue, so a field told the same thing twice shows it twice. */
const issuesOf = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);

const kase = { offenceType: "OTHER", provinceId: "12", leadAgency: "x", status: "OPEN" };

describe("a date with a time", () => {
  // Noon in Phnom Penh (05:00 UTC) on 29 November 2026.
  afterEach(() => vi.useRealTimers());
  const atNoon = () =>
    vi.useFakeTimers({ now: new Date("2026-11-29T05:00:00Z"), toFake: ["Date"] });

  it("may not be later than now: 23:59 today is refused on the time, for every record", () => {
    atNoon();
    expect(
      issuesOf(
        ZCreateVictim.safeParse({ ...victim, rescuedOn: "2026-11-29", rescuedTime: "23:59" }),
      ),
    ).toEqual(["rescuedTime: timeInFuture"]);
    expect(
      issuesOf(
        ZCreateSuspect.safeParse({ ...suspect, arrestedOn: "2026-11-29", arrestedTime: "12:01" }),
      ),
    ).toEqual(["arrestedTime: timeInFuture"]);
    expect(
      issuesOf(
        ZCreateCase.safeParse({ ...kase, crackedDownOn: "2026-11-29", crackedDownTime: "23:59" }),
      ),
    ).toEqual(["crackedDownTime: timeInFuture"]);
  });

  it("up to now is accepted, and a date alone today still is", () => {
    atNoon();
    expect(
      ZCreateVictim.safeParse({ ...victim, rescuedOn: "2026-11-29", rescuedTime: "12:00" }).success,
    ).toBe(true);
    expect(
      ZCreateVictim.safeParse({ ...victim, rescuedOn: "2026-11-28", rescuedTime: "23:59" }).success,
    ).toBe(true);
    expect(ZCreateVictim.safeParse({ ...victim, rescuedOn: "2026-11-29" }).success).toBe(true);
  });

  it("reads now in Phnom Penh: 06:00 on the 30th there is still the 29th in UTC", () => {
    vi.useFakeTimers({ now: new Date("2026-11-29T23:00:00Z"), toFake: ["Date"] });
    expect(
      ZCreateCase.safeParse({ ...kase, crackedDownOn: "2026-11-30", crackedDownTime: "05:59" })
        .success,
    ).toBe(true);
    expect(
      issuesOf(
        ZCreateCase.safeParse({ ...kase, crackedDownOn: "2026-11-30", crackedDownTime: "06:01" }),
      ),
    ).toEqual(["crackedDownTime: timeInFuture"]);
  });
});

describe("an unreadable date", () => {
  it("is told once to use YYYY-MM-DD, and never that it is in the future", () => {
    for (const rescuedOn of ["31/12/2023", "2017-13-45", "tomorrow", "9999-99-99"]) {
      expect(issuesOf(ZCreateVictim.safeParse({ ...victim, rescuedOn })), rescuedOn).toEqual([
        "rescuedOn: date",
      ]);
    }
    expect(
      issuesOf(
        ZCreateCase.safeParse({ ...kase, crackedDownOn: "31/12/2023", crackedDownTime: "10:00" }),
      ),
    ).toEqual(["crackedDownOn: date"]);
  });
});

describe("victims", () => {
  it("may not be rescued before they were born", () => {
    expect(
      errorsOf(
        ZCreateVictim.safeParse({ ...victim, dateOfBirth: "2010-05-02", rescuedOn: "2010-05-01" }),
      ),
    ).toEqual({
      rescuedOn: "beforeBirth",
    });
    expect(
      ZCreateVictim.safeParse({ ...victim, dateOfBirth: "2010-05-02", rescuedOn: "2010-05-02" })
        .success,
    ).toBe(true);
  });

  it("have an age from 0 to 120, and not beside a date of birth", () => {
    expect(errorsOf(ZCreateVictim.safeParse({ ...victim, ageAtRescue: "121" }))).toEqual({
      ageAtRescue: "ageRange",
    });
    expect(errorsOf(ZCreateVictim.safeParse({ ...victim, ageAtRescue: "-1" }))).toEqual({
      ageAtRescue: "ageRange",
    });
    expect(errorsOf(ZCreateVictim.safeParse({ ...victim, ageAtRescue: "16.5" }))).toEqual({
      ageAtRescue: "wholeNumber",
    });
    expect(ZCreateVictim.safeParse({ ...victim, ageAtRescue: "0" }).success).toBe(true);
    expect(
      errorsOf(
        ZCreateVictim.safeParse({ ...victim, ageAtRescue: "16", dateOfBirth: "2001-01-01" }),
      ),
    ).toEqual({
      ageAtRescue: "birthOrAge",
    });
  });

  it("rescued abroad need a country, or an explicit 'not known'", () => {
    const abroad = { ...victim, rescuePlace: "ABROAD", rescueProvinceId: "" };
    expect(errorsOf(ZCreateVictim.safeParse(abroad))).toEqual({ rescueCountry: "countryNeeded" });
    expect(ZCreateVictim.safeParse({ ...abroad, rescueCountry: "MY" }).data).toMatchObject({
      rescueCountry: "MY",
    });
    expect(ZCreateVictim.safeParse({ ...abroad, rescueCountry: "UNKNOWN" }).success).toBe(true);
    expect(errorsOf(ZCreateVictim.safeParse({ ...abroad, rescueCountry: "KH" }))).toEqual({
      rescueCountry: "country",
    });
    expect(errorsOf(ZCreateVictim.safeParse({ ...abroad, rescueCountry: "XX" }))).toEqual({
      rescueCountry: "country",
    });
  });

  it("read an import row's services, while the form has no services (referrals do)", () => {
    expect(
      ZImportVictim.parse({ ...victim, servicesReferred: ["SHELTER", "LEGAL"] }).servicesReferred,
    ).toEqual(["SHELTER", "LEGAL"]);
    expect(ZImportVictim.parse(victim).servicesReferred).toEqual([]);
    expect(ZImportVictim.safeParse({ ...victim, servicesReferred: ["SPA"] }).success).toBe(false);
    expect(ZCreateVictim.parse({ ...victim, servicesReferred: ["SHELTER"] })).not.toHaveProperty(
      "servicesReferred",
    );
  });
});

describe("suspects", () => {
  it("record an arrest only with its date", () => {
    expect(
      errorsOf(ZCreateSuspect.safeParse({ ...suspect, arrestingUnit: "Provincial police" })),
    ).toEqual({
      arrestedOn: "arrestDateNeeded",
    });
    expect(
      ZCreateSuspect.safeParse({
        ...suspect,
        arrestingUnit: "Provincial police",
        arrestedOn: "2017-02-01",
      }).success,
    ).toBe(true);
  });

  it("may not be arrested before birth", () => {
    expect(
      errorsOf(
        ZCreateSuspect.safeParse({
          ...suspect,
          dateOfBirth: "1990-01-01",
          arrestedOn: "1989-12-31",
        }),
      ),
    ).toEqual({
      arrestedOn: "beforeBirth",
    });
  });
});

describe("nationality choices", () => {
  it("map to a code and a foreign flag, and back", () => {
    expect(nationalityFields("")).toEqual({ nationality: null, isForeign: null });
    expect(nationalityFields("FOREIGN")).toEqual({ nationality: null, isForeign: true });
    expect(nationalityFields("KH")).toEqual({ nationality: "KH", isForeign: false });
    expect(nationalityFields("GB")).toEqual({ nationality: "GB", isForeign: true });
    for (const c of ["", "FOREIGN", "KH", "GB"])
      expect(nationalityChoice(nationalityFields(c))).toBe(c);
  });
});
