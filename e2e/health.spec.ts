import { expect, test } from "@playwright/test";

// Issue 10: a load balancer's health check needs no session and learns nothing but the state.
test.use({ storageState: { cookies: [], origins: [] } });

test("GET /api/health answers 200 without a session, and says no more than its state", async ({
  request,
}) => {
  const response = await request.get("/api/health", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(await response.json()).toEqual({ status: "ok" });
});
