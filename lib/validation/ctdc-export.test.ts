import { describe, expect, it } from "vitest";
import { parseCtdcExport } from "./ctdc-export";

describe("the CTDC export's options", () => {
  it("takes k = 11 when none is given, and any whole k from 2 to 1000", () => {
    expect(parseCtdcExport("2017", null).data).toEqual({ year: 2017, k: 11 });
    expect(parseCtdcExport("2017", "").data).toEqual({ year: 2017, k: 11 });
    expect(parseCtdcExport("2017", "2").data).toEqual({ year: 2017, k: 2 });
    expect(parseCtdcExport("2017", "1000").data).toEqual({ year: 2017, k: 1000 });
  });

  it.each(["1", "0", "-1", "11.5", "NaN", "1e9", "1001", "eleven"])("refuses k = %s", (k) => {
    const parsed = parseCtdcExport("2017", k);
    expect(parsed.error?.issues.map((i) => i.path[0])).toEqual(["k"]);
  });

  it.each(["17", "0999", "2017.0", "២០១៧", ""])("refuses the year %s", (year) => {
    expect(parseCtdcExport(year, "11").error?.issues.map((i) => i.path[0])).toEqual(["year"]);
  });
});
