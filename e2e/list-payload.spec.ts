import { expect, test } from "./fixtures";
import { authFile } from "./roles";

// A list page carries each row once as HTML and once in the RSC payload (the inline
// `self.__next_f.push` scripts React hydrates from), and no more: the table is rendered on the
// server, so no client component receives the rows as props beside it (decision 0039).

test.use({ storageState: authFile("MANAGER") });

/** The flight payload: the strings the page's inline scripts push, decoded. */
function flightOf(html: string): string {
  const chunks = [...html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)];
  return chunks.map((m) => JSON.parse(m[1]!) as string).join("");
}

/** The markup without its scripts: what the browser renders. */
const markupOf = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");

const count = (text: string, part: string) => text.split(part).length - 1;

test("the victims list sends each row once as HTML and once in the flight payload", async ({
  page,
}) => {
  await page.goto("/victims?year=2017");
  const links = page.getByRole("table").getByRole("rowheader").getByRole("link");
  await expect(links).toHaveCount(50);
  const codes = await links.allTextContents();
  const ids = (await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).map((href) =>
    href!.split("/").at(-1)!,
  );
  const response = await page.request.get("/victims?year=2017");
  expect(response.status()).toBe(200);
  const html = await response.text();
  const flight = flightOf(html);
  const markup = markupOf(html);
  const rowBytes = (text: string) =>
    text.length - text.replace(/<tbody[\s\S]*<\/tbody>/, "").length;
  console.log(
    `[payload] /victims?year=2017: document ${html.length} B (markup ${markup.length} B, tbody ${rowBytes(markup)} B; flight ${flight.length} B); ` +
      `code ${codes[0]}: ${count(markup, codes[0]!)}× markup, ${count(flight, codes[0]!)}× flight; ` +
      `id: ${count(markup, ids[0]!)}× markup, ${count(flight, ids[0]!)}× flight`,
  );
  for (const [i, code] of codes.entries()) {
    expect(count(markup, code), `${code} in the markup`).toBe(1);
    expect(count(flight, code), `${code} in the flight payload`).toBe(1);
    // The row's id only in its link's href (and the row's key): not again as a prop's value.
    expect(count(flight, ids[i]!), `${ids[i]} in the flight payload`).toBeLessThanOrEqual(2);
  }
});
