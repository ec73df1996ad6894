import { describe, expect, it } from "vitest";
import {
  decodeCursor,
  encodeCursor,
  keysetAfter,
  pageOf,
  type Combine,
  type KeysetKey,
} from "./keyset";

// Conditions as text, to read the keyset's shape.
const text: Combine<string> = {
  and: (p) => `(${p.join(" AND ")})`,
  or: (p) => (p.length ? `(${p.join(" OR ")})` : "FALSE"),
};
const dateDesc: KeysetKey<string> = {
  type: "date",
  isNull: "d IS NULL",
  after: (v) => `d < ${v}`,
  equals: (v) => `d = ${v}`,
};
const code: KeysetKey<string> = {
  type: "text",
  isNull: null,
  after: (v) => `c > ${v}`,
  equals: (v) => `c = ${v}`,
};
const keys = [dateDesc, code];
const when = "2017-12-31T16:30:00.000Z";

describe("keysetAfter", () => {
  it("continues after a dated row: earlier dates, then the undated, then ties by code", () => {
    expect(keysetAfter(keys, [when, "V-1"], text)).toBe(
      `(((d < ${when} OR d IS NULL)) OR (d = ${when} AND c > V-1))`,
    );
  });

  it("continues after an undated row only among the undated (nulls come last)", () => {
    expect(keysetAfter(keys, [null, "V-1"], text)).toBe("((d IS NULL AND c > V-1))");
  });
});

describe("cursors", () => {
  it("round-trip the last row's key values", () => {
    const cursor = encodeCursor("date-desc", [when, "V-1"]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, "date-desc", keys)).toEqual([when, "V-1"]);
    expect(decodeCursor(encodeCursor("date-desc", [null, "V-1"]), "date-desc", keys)).toEqual([
      null,
      "V-1",
    ]);
  });

  it("are refused when made for another sort, tampered with, or of the wrong shape", () => {
    const cursor = encodeCursor("date-desc", [when, "V-1"]);
    expect(decodeCursor(cursor, "date-asc", keys)).toBeNull();
    expect(decodeCursor(cursor.slice(0, -3), "date-desc", keys)).toBeNull();
    expect(decodeCursor("bm90IGpzb24", "date-desc", keys)).toBeNull();
    expect(
      decodeCursor(encodeCursor("date-desc", ["yesterday", "V-1"]), "date-desc", keys),
    ).toBeNull();
    expect(decodeCursor(encodeCursor("date-desc", [when, null]), "date-desc", keys)).toBeNull();
    expect(decodeCursor(encodeCursor("date-desc", [when]), "date-desc", keys)).toBeNull();
    const uuid: KeysetKey<string> = { ...code, type: "uuid" };
    expect(decodeCursor(encodeCursor("s", ["1; DROP"]), "s", [uuid])).toBeNull();
    expect(decodeCursor(undefined, "date-desc", keys)).toBeNull();
  });
});

describe("pageOf", () => {
  it("gives a next cursor only when a row beyond the page was fetched", () => {
    expect(pageOf([1, 2, 3], 2, (last) => `after ${last}`)).toEqual({
      rows: [1, 2],
      nextCursor: "after 2",
    });
    expect(pageOf([1, 2], 2, (last) => `after ${last}`)).toEqual({
      rows: [1, 2],
      nextCursor: null,
    });
  });
});
