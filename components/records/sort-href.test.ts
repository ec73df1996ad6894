import { describe, expect, it } from "vitest";
import { ariaSort, nextSort, sortHref } from "./sort-href";

describe("sort links", () => {
  const dates = ["date-desc", "date-asc"];

  it("apply a column's first sort, then toggle through its others", () => {
    expect(nextSort(dates, "reference-asc")).toBe("date-desc");
    expect(nextSort(dates, "date-desc")).toBe("date-asc");
    expect(nextSort(dates, "date-asc")).toBe("date-desc");
    expect(nextSort(["reference-asc"], "reference-asc")).toBe("reference-asc");
  });

  it("keep the filters and start again from the first page", () => {
    expect(sortHref("/victims", "year=2017&cursor=abc&ageBand=under15", dates, "code-asc")).toBe(
      "/victims?year=2017&ageBand=under15&sort=date-desc",
    );
  });

  it("name the direction for aria-sort", () => {
    expect(ariaSort("date-desc")).toBe("descending");
    expect(ariaSort("code-asc")).toBe("ascending");
  });
});
