import { afterAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/generated/prisma/client";
import { testDb, uniqueKey, uniqueYear } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/users";
import { buildVictim } from "@/prisma/factories";
import { findVictims } from "./victims";
import { readVictimUnlogged } from "./victim-detail";
import { filtersOf } from "@/lib/testing/record-lists";

const db = testDb();
afterAll(() => db.$disconnect());

// The victim's page shows the age the report and the list's age band count (issue 16): the same
// SQL, read for one victim, with where it came from.
describe("a victim's age on their page", () => {
  it("is the age at rescue from the exact date of birth, else the recorded age, as the list bands it", async () => {
    const year = await uniqueYear();
    const prefix = `V-${uniqueKey()}-`;
    const at = new Date(`${year}-06-15T10:00:00+07:00`);
    const born = (yearsBefore: number, monthDay: string) =>
      new Date(`${year - yearsBefore}-${monthDay}`);
    const make = (label: string, o: Partial<Prisma.VictimUncheckedCreateInput>) =>
      db.victim.create({
        data: buildVictim({ code: `${prefix}${label}`, rescuedAt: at, rescueProvinceId: 12, ...o }),
        select: { id: true },
      });
    const cases = {
      // 15 tomorrow: 14 at rescue.
      "D15-1": [{ dateOfBirth: born(15, "06-16"), ageAtRescue: null }, 14, "birth", "under15"],
      // 00:30 on the birthday in Phnom Penh is still the day before in UTC: 15 already.
      TZ15: [
        {
          dateOfBirth: born(15, "06-15"),
          ageAtRescue: null,
          rescuedAt: new Date(`${year}-06-15T00:30:00+07:00`),
        },
        15,
        "birth",
        "15to17",
      ],
      // The exact date wins over a recorded age that disagrees.
      DOB: [{ dateOfBirth: born(10, "01-01"), ageAtRescue: 30 }, 10, "birth", "under15"],
      A17: [{ dateOfBirth: null, ageAtRescue: 17 }, 17, "recorded", "15to17"],
      LATE: [
        { dateOfBirth: new Date(`${year}-07-01`), ageAtRescue: null },
        null,
        "born-after-rescue",
        "unknown",
      ],
      NONE: [{ dateOfBirth: null, ageAtRescue: null }, null, "unknown", "unknown"],
    } as const;
    const manager = await makeUser(db, "MANAGER");
    for (const [label, [data, years, source, band]] of Object.entries(cases)) {
      const { id } = await make(label, data);
      const found = await readVictimUnlogged(manager, id);
      expect(found.age, label).toEqual({ years, source });
      // A role that may not see identities gets the age, but never the date of birth.
      expect(found).not.toHaveProperty("dateOfBirth");
      const listed = await findVictims(
        manager,
        filtersOf("victims", { year: String(year), q: `${prefix}${label}` }),
      );
      expect(
        listed.rows.map((r) => r.ageBand),
        label,
      ).toEqual([band]);
    }
  });
});
