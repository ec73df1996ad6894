import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, readUpload } from "./read-upload";
import { refusalStatus } from "./refusal";

const MAX = 4096;

function multipart(bytes: Uint8Array<ArrayBuffer>, name = "f.csv") {
  const form = new FormData();
  form.set("file", new File([bytes], name));
  return new Request("http://localhost/api/import/cases", { method: "POST", body: form });
}

/** The same body sent chunked, with no Content-Length, as a client streaming its upload may. */
async function chunked(request: Request, cut?: number) {
  let bytes = new Uint8Array(await request.arrayBuffer());
  if (cut !== undefined) bytes = bytes.subarray(0, cut);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 1000)
        controller.enqueue(bytes.slice(at, at + 1000));
      controller.close();
    },
  });
  const headers = { "content-type": request.headers.get("content-type")! };
  return new Request(request.url, { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

describe("readUpload", () => {
  it("reads the file of a body within the limit", async () => {
    const upload = await readUpload(multipart(new Uint8Array(100).fill(65)), MAX);
    expect(upload).toMatchObject({ ok: true, name: "f.csv" });
    expect(upload.ok && upload.bytes.length).toBe(100);
  });

  it("calls a body over the limit too large, with or without a Content-Length", async () => {
    const big = multipart(new Uint8Array(MAX * 2));
    const withLength = new Request(big.clone(), { headers: { "content-length": String(MAX * 3) } });
    expect(await readUpload(withLength, MAX)).toMatchObject({
      status: 413,
      messageKey: "tooLarge",
    });
    expect(await readUpload(await chunked(big), MAX)).toMatchObject({ status: 413 });
  });

  it("calls a body cut short at the cap (Next's proxy buffer) too large, not 'no file'", async () => {
    const cut = await chunked(multipart(new Uint8Array(MAX * 2)), MAX);
    expect(await readUpload(cut, MAX)).toMatchObject({ status: 413, messageKey: "tooLarge" });
  });

  it("answers 400 for a form with no file", async () => {
    const form = new FormData();
    form.set("other", "x");
    const request = new Request("http://localhost/", { method: "POST", body: form });
    expect(await readUpload(request, MAX)).toMatchObject({ status: 400, messageKey: "noFile" });
  });
});

describe("refusalStatus", () => {
  it.each([
    ["tooLarge", 413],
    ["wrongType", 415],
    ["unreadable", 422],
    ["tooManyRows", 422],
    ["tooManyCells", 422],
    ["tooComplex", 422],
    ["unsafeCells", 422],
    ["invalidRows", 422],
    ["forbidden", 403],
    ["unexpected", 500],
  ])("%s is %i", (key, status) => expect(refusalStatus(key)).toBe(status));
});

describe("Next's body cap", () => {
  it("is the import's body limit, so a file at the size limit reaches the route whole", async () => {
    const { readFile } = await import("node:fs/promises");
    const config = await readFile(new URL("../../next.config.ts", import.meta.url), "utf8");
    const cap = config.match(/proxyClientMaxBodySize: ([\d* +]+),/)?.[1];
    // Only digits, spaces, * and +: safe to evaluate.
    expect(cap && (new Function(`return ${cap}`)() as number)).toBe(MAX_BODY_BYTES);
  });
});
