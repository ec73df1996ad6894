import { describe, expect, it } from "vitest";
import { readImportStream } from "./read-import-stream";

const refusal = { ok: false, messageKey: "tooManyRows", issues: [], moreIssues: 0 };

describe("readImportStream", () => {
  it("reads a refusal status's JSON body as the result", async () => {
    const response = Response.json({ result: refusal }, { status: 422 });
    expect(await readImportStream(response, () => {})).toEqual(refusal);
  });

  it("reads a bare 413 (from a proxy in front) as too large, and any other error as unexpected", async () => {
    const page = (status: number) => new Response("<html>nope</html>", { status });
    expect(await readImportStream(page(413), () => {})).toMatchObject({ messageKey: "tooLarge" });
    expect(await readImportStream(page(401), () => {})).toMatchObject({ messageKey: "unexpected" });
  });

  it("reads progress lines, then the result, from a 200 stream", async () => {
    const lines = [
      { progress: { phase: "validating", done: 1, total: 2 } },
      { result: { ok: true, kind: "cases", count: 2 } },
    ];
    const body = lines.map((l) => JSON.stringify(l)).join("\n") + "\n";
    const seen: unknown[] = [];
    const result = await readImportStream(new Response(body), (p) => seen.push(p));
    expect(seen).toEqual([lines[0]!.progress]);
    expect(result).toEqual(lines[1]!.result);
  });
});
