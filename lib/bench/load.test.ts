import { describe, expect, it } from "vitest";
import { LoadOptionsError, parseLoadOptions } from "./load-options";
import { pageRows } from "./load-report";
import type { TPageRun } from "./load-pages";
import { encodeActionBody, outcomeOf } from "./load-saves";
import {
  atLeast,
  atMost,
  countMisses,
  formatMs,
  formatTable,
  judged,
  percentile,
  ratio,
  verdict,
} from "./load-stats";

describe("parseLoadOptions", () => {
  it("defaults to a quick run on the demo seed at 10 and 50 connections", () => {
    const o = parseLoadOptions([]);
    expect(o).toMatchObject({ victims: 0, duration: 10, connections: [10, 50], keep: false });
    expect(o.json).toBeNull();
  });

  it("reads every option", () => {
    const o = parseLoadOptions(
      ["--victims", "1000000", "--duration", "5", "--connections", "1,10,10", "--keep"].concat([
        "--json",
        "out.json",
      ]),
    );
    expect(o).toMatchObject({ victims: 1_000_000, duration: 5, connections: [1, 10], keep: true });
    expect(o.json).toBe("out.json");
  });

  it.each([
    [["--victims", "50"], /--victims/],
    [["--victims", "1e6"], /--victims/],
    [["--duration", "0"], /--duration/],
    [["--connections", "10,x"], /--connections/],
    [["--port", "80"], /--port/],
    [["--bogus"], /bogus/],
  ])("refuses %j with a message naming the option", (args, message) => {
    expect(() => parseLoadOptions(args)).toThrow(LoadOptionsError);
    expect(() => parseLoadOptions(args)).toThrow(message);
  });
});

describe("percentiles, ratios and verdicts", () => {
  it("takes the nearest rank, a latency some request had", () => {
    const ms = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted
    expect(percentile(ms, 50)).toBe(50);
    expect(percentile(ms, 95)).toBe(95);
    expect(percentile(ms, 99)).toBe(99);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it("gives no ratio against nothing, and judges an unmeasured figure a MISS", () => {
    expect(ratio(10, 40)).toBe(0.25);
    expect(ratio(10, 0)).toBeNaN();
    expect(verdict(0.34, atLeast(1 / 3, ""))).toBe("PASS");
    expect(verdict(0.33, atLeast(1 / 3, ""))).toBe("MISS");
    expect(verdict(2, atMost(2, ""))).toBe("PASS");
    expect(verdict(NaN, atMost(2, ""))).toBe("MISS");
  });

  it("formats milliseconds and seconds", () => {
    expect(formatMs(5.25)).toBe("5.3 ms");
    expect(formatMs(106.4)).toBe("106 ms");
    expect(formatMs(6600)).toBe("6.60 s");
  });
});

describe("the table", () => {
  const run = (name: string, path: string, perSecond: number): TPageRun => ({
    name,
    path,
    connections: 10,
    requests: perSecond * 10,
    perSecond,
    latency: { p50: 100, p95: 200, p99: 300 },
    non2xx: 0,
    errors: 0,
    kb: 12,
    seconds: 10,
  });

  it("judges each page's throughput against the sign-in page's in the same run", () => {
    const rows = pageRows([
      run("sign-in", "/sign-in", 60),
      run("victims list", "/victims?year=2017", 10),
      run("cases list", "/cases?year=2017", 30),
    ]);
    expect(rows.map((r) => [r.label, r.verdict])).toEqual([
      ["Pages at 10 connections (throughput as a ratio to sign-in's)", undefined],
      ["sign-in", undefined],
      ["victims list", "MISS"],
      ["cases list", "PASS"],
    ]);
    expect(rows[2]!.figure).toContain("0.17×");
    expect(rows[2]!.figure).not.toContain("cut");
    expect(countMisses(rows)).toBe(1);
  });

  it("aligns the columns under a heading", () => {
    const text = formatTable([
      { label: "Heading", figure: "" },
      judged("a", 1, "1.00×", atMost(2, "≤ 2×")),
      judged("longer", 3, "3.00×", atMost(2, "≤ 2×")),
    ]);
    expect(text.split("\n")).toEqual([
      "Heading",
      "  a       1.00×  ≤ 2×  PASS",
      "  longer  3.00×  ≤ 2×  MISS",
    ]);
  });
});

describe("the save action over HTTP", () => {
  it("encodes the form as React's reply of (previousState, formData)", () => {
    const body = encodeActionBody({ id: "c1", version: "3" });
    expect([...body.entries()]).toEqual([
      ["_1_id", "c1"],
      ["_1_version", "3"],
      ["0", '["$undefined","$K1"]'],
    ]);
  });

  it("reads the action's result row from the RSC stream", () => {
    const head = '0:{"a":"$@1","f":"","b":"x"}\n';
    expect(outcomeOf(200, `${head}1:{"ok":true,"data":{"id":"c1","version":4}}\n`)).toBe(
      "accepted",
    );
    expect(outcomeOf(200, `${head}1:{"ok":false,"code":"conflict","messageKey":"x"}\n`)).toBe(
      "conflict",
    );
    expect(outcomeOf(200, `${head}1:{"ok":false,"code":"unexpected"}\n`)).toBe("error");
    expect(outcomeOf(500, "")).toBe("error");
  });
});
