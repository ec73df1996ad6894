import { describe, expect, it } from "vitest";
import { diffFields } from "./diff";

describe("diffFields", () => {
  it("lists only what changed, with before and after", () => {
    expect(diffFields({ a: 1, b: "x", c: [1, 2] }, { a: 1, b: "y", c: [2, 1] })).toEqual({
      b: { before: "x", after: "y" },
      c: { before: [1, 2], after: [2, 1] },
    });
  });

  it("treats a created record as all fields from null", () => {
    expect(diffFields(null, { a: 1 })).toEqual({ a: { before: null, after: 1 } });
  });

  it("compares dates by instant", () => {
    const d = "2017-01-01T00:00:00.000Z";
    expect(diffFields({ at: new Date(d) }, { at: new Date(d) })).toEqual({});
  });

  it("never writes passwords or their hashes", () => {
    expect(
      diffFields({ passwordHash: "h1", password: "p" }, { passwordHash: "h2", password: "q" }),
    ).toEqual({});
  });
});
