// What a file must be before it is parsed. The type is read from the name AND the first bytes:
// a renamed file (a spreadsheet called .csv, an executable called .xlsx) is refused.

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 100_000;

export type FileType = "csv" | "xlsx";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\x03\x04": an XLSX is a zip archive

function startsWithZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/** Text: valid UTF-8 with no NUL byte (binary formats nearly always hold one early). */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 64 * 1024);
  if (head.includes(0)) return false;
  try {
    // A cut in the middle of a multi-byte character at the end of the sample is not an error.
    new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, lastCharBoundary(head)));
    return true;
  } catch {
    return false;
  }
}

function lastCharBoundary(head: Uint8Array): number {
  let end = head.length;
  // Step back over continuation bytes (10xxxxxx) and the lead byte they belong to.
  for (let i = 0; i < 4 && end > 0; i++) {
    const byte = head[end - 1]!;
    if ((byte & 0xc0) !== 0x80) return byte < 0x80 ? end : end - 1;
    end--;
  }
  return end;
}

export type FileCheck =
  { ok: true; type: FileType } | { ok: false; messageKey: "wrongType" | "tooLarge" | "empty" };

export function checkFile(name: string, bytes: Uint8Array): FileCheck {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, messageKey: "tooLarge" };
  if (bytes.length === 0) return { ok: false, messageKey: "empty" };
  const extension = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (extension === "xlsx" && startsWithZip(bytes)) return { ok: true, type: "xlsx" };
  if (extension === "csv" && !startsWithZip(bytes) && looksLikeText(bytes)) {
    return { ok: true, type: "csv" };
  }
  return { ok: false, messageKey: "wrongType" };
}
