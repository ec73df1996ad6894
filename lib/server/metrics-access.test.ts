import { describe, expect, it } from "vitest";
import { checkMetricsAccess } from "./metrics-access";

const TOKEN = "s3cret-metrics-token-0123456789";

describe("checkMetricsAccess", () => {
  it("is disabled (a 404) while METRICS_TOKEN is unset or empty, whatever is sent", () => {
    expect(checkMetricsAccess(`Bearer ${TOKEN}`, undefined)).toBe("disabled");
    expect(checkMetricsAccess("Bearer ", "")).toBe("disabled");
    expect(checkMetricsAccess(null, undefined)).toBe("disabled");
  });

  it("allows the token as a bearer credential", () => {
    expect(checkMetricsAccess(`Bearer ${TOKEN}`, TOKEN)).toBe("allowed");
    expect(checkMetricsAccess(`bearer ${TOKEN}`, TOKEN)).toBe("allowed");
  });

  it.each([
    ["no header", null],
    ["another token", "Bearer s3cret-metrics-token-012345678X"],
    ["a prefix of the token", `Bearer ${TOKEN.slice(0, -1)}`],
    ["the token and more", `Bearer ${TOKEN}0`],
    ["basic credentials", `Basic ${Buffer.from(`x:${TOKEN}`).toString("base64")}`],
    ["the bare token", TOKEN],
    ["two credentials", `Bearer ${TOKEN} ${TOKEN}`],
  ])("refuses %s", (_, header) => {
    expect(checkMetricsAccess(header, TOKEN)).toBe("unauthorized");
  });
});
