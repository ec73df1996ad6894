import { describe, expect, it } from "vitest";
import { copyField, jsonField } from "./copy-rows";

describe("copyField", () => {
  it("escapes what COPY's text format reads specially, and nothing else", () => {
    expect(copyField("a\tb\nc\rd\\e សុខ")).toBe("a\\tb\\nc\\rd\\\\e សុខ");
    expect(copyField(null)).toBe("\\N");
    expect(copyField("\\N")).toBe("\\\\N");
    expect(copyField(false)).toBe("f");
    expect(copyField(42)).toBe("42");
    expect(copyField(new Date("2017-06-14T17:00:00Z"))).toBe("2017-06-14T17:00:00.000Z");
    expect(copyField({ json: '{"a":"x\\ny"}' })).toBe('{"a":"x\\\\ny"}');
  });

  it("quotes every array element, so none reads as NULL or splits", () => {
    expect(copyField(["SHELTER", "NULL", 'a,"b"\\'])).toBe(
      '{"SHELTER","NULL","a,\\\\"b\\\\"\\\\\\\\"}',
    );
    expect(copyField([])).toBe("{}");
  });

  it("refuses a number PostgreSQL would not read back", () => {
    expect(() => copyField(Number.NaN)).toThrow();
  });
});

describe("jsonField", () => {
  it("writes JSON values, keeping json text as it is", () => {
    expect(jsonField('say "hi"')).toBe('"say \\"hi\\""');
    expect(jsonField(["A", "B"])).toBe('["A","B"]');
    expect(jsonField({ json: '{"a":1}' })).toBe('{"a":1}');
    expect(jsonField(new Date(0))).toBe('"1970-01-01T00:00:00.000Z"');
    expect(jsonField(null)).toBe("null");
  });
});
