import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, trustClientAddressHeader } from "@/lib/server/client-address";
import { requestContextFrom } from "./request-context";

const forged = new Headers({
  "x-forwarded-for": "=2+2, 198.51.100.1",
  "x-real-ip": "198.51.100.2",
  [CLIENT_ADDRESS_HEADER]: "203.0.113.9",
  "user-agent": "u".repeat(15_000),
});

describe("requestContextFrom", () => {
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[
      Symbol.for("ctip.client-address-header-trusted")
    ];
  });

  it("never takes the address from X-Forwarded-For, and bounds the user agent", () => {
    expect(requestContextFrom(forged)).toEqual({ ip: null, userAgent: "u".repeat(500) });
  });

  it("takes the server entry's header only when the entry runs in this process", () => {
    trustClientAddressHeader();
    expect(requestContextFrom(forged).ip).toBe("203.0.113.9");
    expect(requestContextFrom(new Headers({ [CLIENT_ADDRESS_HEADER]: "=2+2" })).ip).toBeNull();
  });
});
