import { describe, expect, it } from "vitest";
import { checkSameOrigin } from "./same-origin";

const URL_ = "http://localhost:3000/api/import/cases";
const post = (headers: Record<string, string>, url = URL_, method = "POST") =>
  checkSameOrigin({ method, url, headers: new Headers(headers) });

describe("checkSameOrigin", () => {
  it("lets reads through whatever their origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"]) {
      expect(post({ origin: "http://evil.example" }, URL_, method).ok, method).toBe(true);
    }
  });

  it("accepts a post from the request's own origin, by Host or by x-forwarded-host/-proto", () => {
    expect(post({ origin: "http://localhost:3000", host: "localhost:3000" })).toEqual({
      ok: true,
      reason: "same-origin",
    });
    const proxied = {
      origin: "https://ncct.example.gov.kh",
      host: "127.0.0.1:3000",
      "x-forwarded-host": "ncct.example.gov.kh",
      "x-forwarded-proto": "https",
    };
    expect(post(proxied, "http://127.0.0.1:3000/api/import/cases").ok).toBe(true);
    expect(post({ origin: "HTTP://LOCALHOST:3000/", host: "localhost:3000" }).ok).toBe(true);
  });

  it("refuses a post from any other origin: another site, a sibling, another port or scheme", () => {
    for (const origin of [
      "http://evil.example",
      "http://sub.localhost:3000",
      "http://localhost:3001",
      "https://localhost:3000",
      "http://localhost:3000.evil.example",
    ]) {
      expect(post({ origin, host: "localhost:3000" }), origin).toEqual({
        ok: false,
        reason: "foreign-origin",
      });
    }
    // The proxy says https: the plain-http page of the same host is another origin.
    const downgraded = {
      origin: "http://ncct.example.gov.kh",
      "x-forwarded-host": "ncct.example.gov.kh",
      "x-forwarded-proto": "https",
    };
    expect(post(downgraded).ok).toBe(false);
    for (const method of ["PUT", "PATCH", "DELETE"]) {
      expect(post({ origin: "http://evil.example" }, URL_, method).ok, method).toBe(false);
    }
  });

  it("refuses the opaque origin null (sandboxed frames, data: URLs)", () => {
    expect(post({ origin: "null", host: "localhost:3000" })).toEqual({
      ok: false,
      reason: "opaque-origin",
    });
  });

  it("without Origin, trusts Sec-Fetch-Site only when same-origin or none", () => {
    expect(post({ "sec-fetch-site": "same-origin" }).ok).toBe(true);
    expect(post({ "sec-fetch-site": "none" }).ok).toBe(true);
    expect(post({ "sec-fetch-site": "same-site" })).toEqual({
      ok: false,
      reason: "cross-site-fetch",
    });
    expect(post({ "sec-fetch-site": "cross-site" }).ok).toBe(false);
  });

  it("lets a client with neither header through: a script, not a browser", () => {
    expect(post({ host: "localhost:3000" })).toEqual({ ok: true, reason: "no-browser-headers" });
  });
});
