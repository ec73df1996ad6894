import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import km from "./messages/km.json";
import { formatCalendarDate, formatDateTime, formatEventDate } from "./format";

// 19:10 in Phnom Penh (UTC+7) on 31 December 2017.
const evening = new Date("2017-12-31T12:10:00Z");
// 23:30 in Phnom Penh is already the next day in UTC+8 and still the same day in UTC.
const lateNight = new Date("2017-12-31T16:30:00Z");

describe("formatDateTime", () => {
  it("shows a 24-hour time in English and in Khmer, never AM/PM", () => {
    expect(formatDateTime(evening, "en")).toBe("31 Dec 2017, 19:10");
    const khmer = formatDateTime(evening, "km");
    expect(khmer).toBe("៣១ ធ្នូ ២០១៧, ១៩:១០");
    const latin = formatDateTime(evening, "km", "latn");
    expect(latin).toBe("31 ធ្នូ 2017, 19:10");
    for (const text of [formatDateTime(evening, "en"), khmer, latin]) {
      expect(text).not.toMatch(/AM|PM|ព្រឹក|ល្ងាច|រសៀល/);
    }
  });

  it("pads the hour and reads midnight as 00, not 24 or 12", () => {
    const midnight = new Date("2018-01-31T17:05:00Z"); // 00:05 on 1 February in Phnom Penh
    expect(formatDateTime(midnight, "en")).toBe("1 Feb 2018, 00:05");
    expect(formatDateTime(midnight, "km")).toContain("០០:០៥");
    expect(formatDateTime(midnight, "km", "latn")).toContain("00:05");
  });

  it("reads the instant in Phnom Penh whatever the server's zone", () => {
    expect(formatDateTime(lateNight, "en")).toBe("31 Dec 2017, 23:30");
    expect(formatEventDate(lateNight, "en")).toBe("31 Dec 2017");
  });
});

describe("the month names", () => {
  // Node carries full ICU; the table must say what it says, so a page reads as it always did.
  it.each([
    ["en", "latn", "en-GB"],
    ["km", "khmr", "km-u-nu-khmr"],
    ["km", "latn", "km"],
  ] as const)(
    "match full ICU's %s (%s) dates and 24-hour times, every month",
    (locale, numerals, icu) => {
      const reference = new Intl.DateTimeFormat(icu, {
        timeZone: "Asia/Phnom_Penh",
        day: "numeric",
        month: "short",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      });
      for (let month = 0; month < 12; month++) {
        const instant = new Date(Date.UTC(2017, month, 9, 13, 7)); // 20:07 in Phnom Penh
        expect(formatDateTime(instant, locale, numerals)).toBe(reference.format(instant));
        const day = `2017-${String(month + 1).padStart(2, "0")}-09`;
        expect(formatCalendarDate(day, locale, numerals)).toBe(
          formatEventDate(instant, locale, numerals),
        );
      }
    },
  );
});

describe("formatCalendarDate", () => {
  it("shows a form's YYYY-MM-DD as the pages show dates, in either language", () => {
    expect(formatCalendarDate("2017-12-31", "en")).toBe("31 Dec 2017");
    expect(formatCalendarDate("2017-12-31", "km")).toBe(formatEventDate(evening, "km"));
  });

  it("is null for what is not a real day, so no hint confirms a wrong reading", () => {
    for (const v of ["", "2017-02-30", "31/12/2017", "2017-13-01", "2017-1-1"]) {
      expect(formatCalendarDate(v, "en"), v).toBeNull();
    }
  });
});

describe("the time zone as users read it", () => {
  type Messages = { [key: string]: string | Messages };
  const strings = (m: Messages): string[] =>
    Object.values(m).flatMap((v) => (typeof v === "string" ? [v] : strings(v)));

  it("is named as Phnom Penh time, never by its zone id, in both catalogues", () => {
    for (const catalogue of [en, km] as Messages[]) {
      const zoneIds = /\b(Africa|America|Asia|Australia|Etc|Europe|Pacific)\/[A-Za-z_]+/;
      expect(strings(catalogue).filter((s) => zoneIds.test(s))).toEqual([]);
    }
    expect(en.overview.intro).toContain("Phnom Penh time");
    expect(km.overview.intro).toContain("ម៉ោងភ្នំពេញ");
  });
});
