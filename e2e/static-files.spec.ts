import { expect, test } from "@playwright/test";

// public/ holds what the app serves as files: a favicon and a robots.txt that keeps crawlers out.
test.use({ storageState: { cookies: [], origins: [] } });

test("robots.txt is served without a session and disallows everything", async ({ request }) => {
  const response = await request.get("/robots.txt", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^text\/plain/);
  const lines = (await response.text()).split("\n").map((line) => line.trim());
  expect(lines).toContain("User-agent: *");
  expect(lines).toContain("Disallow: /");
  expect(response.headers()["x-robots-tag"]).toBe("noindex, nofollow");
});

test("the favicon is served without a session", async ({ request }) => {
  const response = await request.get("/favicon.ico", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect((await response.body()).length).toBeGreaterThan(0);
});

test("pages carry the security headers, noindex included", async ({ request }) => {
  const response = await request.get("/sign-in", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["x-robots-tag"]).toBe("noindex, nofollow");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+'/);
});
