import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LAYERS, TOOLS } from "./layers.mjs";

// The lint rule (eslint.config.mjs) only restricts what lib/layers.mjs names: a folder it does
// not name would escape the layer order, so every folder and module of lib/ must have a place.
describe("the layer order", () => {
  const placed = new Set([...LAYERS.flat(), ...Object.keys(TOOLS)]);

  it("places every folder and module of lib/", () => {
    const entries = readdirSync("lib", { withFileTypes: true })
      .filter((e) => e.isDirectory() || !/\.test\.tsx?$|^layers\.(mjs|d\.mts)$/.test(e.name))
      .map((e) => `lib/${e.name}`);
    expect(entries.filter((e) => !placed.has(e))).toEqual([]);
  });

  it("names each place once", () => {
    const all = [...LAYERS.flat(), ...Object.keys(TOOLS)];
    expect(all.length).toBe(new Set(all).size);
  });
});
