import { describe, expect, it } from "vitest";
import { demoHost, exposureWarning, isLoopback, probeHost } from "./demo-host";

describe("the demo's interface", () => {
  it("is the loopback address unless HOST names another", () => {
    expect(demoHost({})).toBe("127.0.0.1");
    expect(demoHost({ HOST: "  " })).toBe("127.0.0.1");
    expect(demoHost({ HOST: "0.0.0.0" })).toBe("0.0.0.0");
  });

  it("warns when it is reachable from other machines, and only then", () => {
    for (const host of ["127.0.0.1", "127.0.1.1", "::1", "localhost"]) {
      expect(isLoopback(host)).toBe(true);
      expect(exposureWarning(host)).toBeNull();
    }
    for (const host of ["0.0.0.0", "::", "192.168.1.20", "10.0.0.5", "127.example.org"]) {
      expect(isLoopback(host)).toBe(false);
      expect(exposureWarning(host)).toContain(`HOST=${host} lets other machines reach this demo`);
    }
  });

  it("checks that the app answers on an address it listens on", () => {
    expect(probeHost("0.0.0.0")).toBe("127.0.0.1");
    expect(probeHost("::")).toBe("127.0.0.1");
    expect(probeHost("192.168.1.20")).toBe("192.168.1.20");
    expect(probeHost("fe80::1")).toBe("[fe80::1]");
  });
});
