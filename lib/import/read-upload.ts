import { MAX_FILE_BYTES } from "./file-type";

// Reads the import's multipart body with a byte limit, so that the answer to too large a body is
// "tooLarge" (413) however it was sent: with a Content-Length over the limit (refused before
// reading), chunked with no length (counted while reading), or cut short by Next, which buffers
// at most experimental.proxyClientMaxBodySize of a body for the proxy (next.config.ts sets it to
// MAX_BODY_BYTES) and hands the route the truncated rest, which then fails to parse.

/** Room for the multipart envelope around a file at the size limit. */
export const MAX_BODY_BYTES = MAX_FILE_BYTES + 64 * 1024;
/** Next's own default for proxyClientMaxBodySize, should the configuration not be applied. */
const NEXT_DEFAULT_CAP = 10 * 1024 * 1024;

export type Upload =
  | { ok: true; name: string; bytes: Uint8Array }
  | { ok: false; status: 413 | 400; messageKey: "tooLarge" | "noFile" };

const tooLarge = { ok: false, status: 413, messageKey: "tooLarge" } as const;
const noFile = { ok: false, status: 400, messageKey: "noFile" } as const;

async function readCapped(body: ReadableStream<Uint8Array>, max: number) {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { chunks, size };
    size += value.length;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}

export async function readUpload(request: Request, max = MAX_BODY_BYTES): Promise<Upload> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > max) return tooLarge;
  if (!request.body) return noFile;
  const read = await readCapped(request.body, max);
  if (!read) return tooLarge;
  const body = new Uint8Array(read.size);
  let at = 0;
  for (const chunk of read.chunks) {
    body.set(chunk, at);
    at += chunk.length;
  }
  const type = request.headers.get("content-type") ?? "";
  const form = await new Response(body, { headers: { "content-type": type } })
    .formData()
    .catch(() => null);
  // A body that reaches a cap and does not parse was cut there, not malformed.
  if (!form) return read.size >= Math.min(max, NEXT_DEFAULT_CAP) ? tooLarge : noFile;
  const file = form.get("file");
  if (!(file instanceof File)) return noFile;
  return { ok: true, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
