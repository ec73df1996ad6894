import { describe, expect, it } from "vitest";
import { isValidHost, sanitiseForwardedHeaders } from "./forwarded-headers";

describe("sanitiseForwardedHeaders", () => {
  it("removes every forwarded host, proto and port when no proxy is trusted", () => {
    const headers = {
      host: "localhost:3000",
      "x-forwarded-host": "evil.test",
      "x-forwarded-proto": "javascript",
      "x-forwarded-port": "1",
    };
    sanitiseForwardedHeaders(headers, 0);
    expect(headers).toEqual({ host: "localhost:3000" });
  });

  it("keeps a trusted proxy's well-formed values and drops malformed ones", () => {
    const good = {
      "x-forwarded-host": "ncct.example.gov.kh",
      "x-forwarded-proto": "https",
      "x-forwarded-port": "443",
    };
    sanitiseForwardedHeaders(good, 1);
    expect(good).toEqual({
      "x-forwarded-host": "ncct.example.gov.kh",
      "x-forwarded-proto": "https",
      "x-forwarded-port": "443",
    });
    const bad = {
      "x-forwarded-host": "evil.test/path",
      "x-forwarded-proto": "javascript",
      "x-forwarded-port": "=2+2",
    };
    sanitiseForwardedHeaders(bad, 1);
    expect(bad).toEqual({});
  });
});

describe("isValidHost", () => {
  it.each(["localhost", "localhost:3000", "127.0.0.1:80", "[::1]:3000", "a-b.example.org"])(
    "takes %s",
    (host) => expect(isValidHost(host)).toBe(true),
  );
  it.each(["", "evil test", "a/b", "x:99999999", "\u0000", "ex ample.org", "a".repeat(300)])(
    "refuses %j",
    (host) => expect(isValidHost(host)).toBe(false),
  );
});
