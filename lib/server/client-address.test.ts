import { afterEach, describe, expect, it } from "vitest";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddressOf,
  isClientAddressHeaderTrusted,
  normaliseIp,
  parseTrustedHops,
  stampClientAddress,
  trustClientAddressHeader,
} from "./client-address";

describe("normaliseIp", () => {
  it("keeps valid addresses, in one spelling", () => {
    expect(normaliseIp("203.0.113.7")).toBe("203.0.113.7");
    expect(normaliseIp(" 2001:0DB8:0000::0001 ")).toBe("2001:db8::1");
    expect(normaliseIp("[2001:db8::1]")).toBe("2001:db8::1");
    expect(normaliseIp("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(normaliseIp("::ffff:cb00:7107")).toBe("203.0.113.7");
    expect(normaliseIp("fe80::1%eth0")).toBe("fe80::1");
    expect(normaliseIp("::1")).toBe("::1");
  });

  it("refuses anything that is not one address", () => {
    for (const forged of [
      "=2+2",
      "unknown",
      "",
      "example.org",
      "10.0.0.0/8",
      "1.2.3.4:8080",
      "1.2.3",
      "999.1.1.1",
      "1.2.3.4 5.6.7.8",
      "x".repeat(15_000),
      undefined,
      null,
      42,
    ]) {
      expect(normaliseIp(forged)).toBeNull();
    }
  });
});

describe("clientAddressOf", () => {
  it("with 0 trusted hops uses the socket's peer and ignores X-Forwarded-For", () => {
    expect(clientAddressOf("::ffff:192.0.2.1", "203.0.113.9", 0)).toBe("192.0.2.1");
    expect(clientAddressOf(undefined, "203.0.113.9", 0)).toBeNull();
  });

  it("with n hops takes the n-th entry from the end, whatever the client put before it", () => {
    const xff = "=2+2, 198.51.100.1, 203.0.113.9, 10.0.0.2";
    expect(clientAddressOf("10.0.0.3", xff, 1)).toBe("10.0.0.2");
    expect(clientAddressOf("10.0.0.3", xff, 2)).toBe("203.0.113.9");
    expect(clientAddressOf("10.0.0.3", [xff, "10.0.0.5"], 1)).toBe("10.0.0.5");
  });

  it("with fewer entries than hops takes the furthest, and a forged entry gives null", () => {
    expect(clientAddressOf("10.0.0.3", "203.0.113.9", 3)).toBe("203.0.113.9");
    expect(clientAddressOf("10.0.0.3", undefined, 2)).toBe("10.0.0.3");
    expect(clientAddressOf("10.0.0.3", "=2+2", 1)).toBeNull();
  });

  it("reads only the tail of a 15 KB header", () => {
    expect(clientAddressOf("10.0.0.3", `${"1.1.1.1,".repeat(2000)}203.0.113.9`, 1)).toBe(
      "203.0.113.9",
    );
  });
});

describe("stampClientAddress", () => {
  it("overwrites the header a client sent, or removes it when no address is found", () => {
    const headers = { [CLIENT_ADDRESS_HEADER]: "203.0.113.66", "x-forwarded-for": "198.51.100.1" };
    stampClientAddress(headers, "::ffff:192.0.2.1", 0);
    expect(headers[CLIENT_ADDRESS_HEADER]).toBe("192.0.2.1");
    stampClientAddress(headers, "192.0.2.1", 1);
    expect(headers[CLIENT_ADDRESS_HEADER]).toBe("198.51.100.1");
    stampClientAddress(headers, undefined, 0);
    expect(headers).not.toHaveProperty(CLIENT_ADDRESS_HEADER);
  });
});

describe("parseTrustedHops", () => {
  it("defaults to 0 and accepts small whole numbers", () => {
    expect(parseTrustedHops(undefined)).toBe(0);
    expect(parseTrustedHops("")).toBe(0);
    expect(parseTrustedHops("2")).toBe(2);
  });
  it("stops on anything else", () => {
    for (const bad of ["-1", "1.5", "one", "11"]) expect(() => parseTrustedHops(bad)).toThrow();
  });
});

describe("trusting the header", () => {
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[
      Symbol.for("ctip.client-address-header-trusted")
    ];
  });
  it("is off until the server entry turns it on", () => {
    expect(isClientAddressHeaderTrusted()).toBe(false);
    trustClientAddressHeader();
    expect(isClientAddressHeaderTrusted()).toBe(true);
  });
});
