import { createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import { parseRecordFilters } from "@/lib/filters/record-filters";
import { RecordFilters } from "./record-filters";

// The filter form rendered with the English catalogue, outside Next.
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) =>
    createTranslator({ locale: "en", messages: en, namespace: namespace as "filters" }),
}));
vi.mock("@/lib/i18n/server", () => ({ getUiLocale: async () => "en" }));

async function render(params: Record<string, string>, canSeeDeleted = true) {
  const { filters, errors } = parseRecordFilters("victims", params);
  const element = await RecordFilters({
    kind: "victims",
    filters,
    errors,
    values: params,
    provinceIds: [12, 17],
    canSeeDeleted,
    sort: filters.sort,
    numerals: "latn",
  });
  return renderToStaticMarkup(element);
}

describe("RecordFilters", () => {
  it("labels every control", async () => {
    const html = await render({});
    const ids = [...html.matchAll(/<(?:select|input)[^>]* id="([^"]+)"/g)].map((m) => m[1]);
    // year, from, to, province, exploitation, nationality, sex, ageBand, place, rescueCountry,
    // hasCase, deleted, q
    expect(ids).toHaveLength(13);
    for (const id of ids) expect(html).toContain(`for="${id}"`);
    expect(html).toContain(">Age at rescue</label>");
    expect(html).toContain('<option value="15to17">15 to 17</option>');
  });

  it("shows the value applied, and an invalid one as typed with its message tied to it", async () => {
    const html = await render({ nationality: "th", year: "17", sort: "code-asc" });
    expect(html).toMatch(/<option value="TH" selected="">Thailand<\/option>/);
    expect(html).toMatch(/<input[^>]*id="filter-year"[^>]*aria-invalid="true"/);
    expect(html).toMatch(/<input[^>]*aria-describedby="filter-year-error"[^>]*value="17"/);
    expect(html).toContain('id="filter-year-error"');
    expect(html).toContain("Enter a year as four digits, for example 2017.");
    expect(html).toContain('<input type="hidden" name="sort" value="code-asc"/>');
  });

  it("offers only the user's provinces, and deleted records only to restorers", async () => {
    const html = await render({}, false);
    expect(html).toContain(">Phnom Penh</option>");
    expect(html).not.toContain(">Battambang</option>");
    expect(html).not.toContain('id="filter-deleted"');
    expect(await render({})).toContain('id="filter-deleted"');
  });
});
