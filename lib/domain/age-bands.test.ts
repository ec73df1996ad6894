import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { AGE_BAND_SETS, AGE_BANDS, NCCT_AGE_BANDS } from "./age-bands";
import { ageBandCase, ageBandCondition } from "@/lib/filters/victim-age-sql";

const years = Prisma.sql`age.years`;

describe("age band sets", () => {
  it.each(Object.entries(AGE_BAND_SETS))("%s runs from 0 without gap or overlap", (_, bands) => {
    let from = 0;
    for (const band of bands) {
      expect(band.from).toBe(from);
      from = band.to ?? Infinity;
    }
    expect(from).toBe(Infinity);
  });

  it("are the filter's values: NCCT's with unknown first, then the others, none repeated", () => {
    expect(AGE_BANDS.slice(0, 4)).toEqual([...NCCT_AGE_BANDS.map((b) => b.band), "unknown"]);
    expect(new Set(AGE_BANDS).size).toBe(AGE_BANDS.length);
    const all = Object.values(AGE_BAND_SETS).flatMap((bands) => bands.map((b) => b.band));
    expect([...AGE_BANDS].sort()).toEqual([...all, "unknown"].sort());
  });
});

describe("age band SQL", () => {
  it("puts the 15th and 18th birthdays in the older band", () => {
    expect(ageBandCondition("under15", years)).toMatchObject({
      text: "(age.years >= $1 AND age.years < $2)",
      values: [0, 15],
    });
    expect(ageBandCondition("15to17", years)).toMatchObject({
      text: "(age.years >= $1 AND age.years < $2)",
      values: [15, 18],
    });
    expect(ageBandCondition("18plus", years)).toMatchObject({
      text: "(age.years >= $1)",
      values: [18],
    });
  });

  it("counts a missing age as unknown", () => {
    expect(ageBandCondition("unknown", years).text).toBe("(age.years IS NULL)");
  });

  it("labels CTDC bands with their own boundaries", () => {
    expect(ageBandCondition("9to17", years).values).toEqual([9, 18]);
    expect(ageBandCase(years, "ctdc").values).toHaveLength(9 * 3 - 1 + 1);
  });

  it("labels rows with the same conditions the filter uses", () => {
    const labelled = ageBandCase(years);
    expect(labelled.values).toEqual([0, 15, "under15", 15, 18, "15to17", 18, "18plus", "unknown"]);
    expect(labelled.text).toMatch(/^\(CASE WHEN .* ELSE \$9 END\)$/);
  });
});
