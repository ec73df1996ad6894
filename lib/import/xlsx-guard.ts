import { createInflateRaw } from "node:zlib";
import { COLUMNS } from "./columns";
import { MAX_ROWS } from "./file-type";

// An XLSX is a zip archive, and ExcelJS reads every entry of it into memory in full before it
// looks at a single row. A few megabytes of zip can hold gigabytes of XML (a zip bomb), or a
// worksheet of millions of rows. So the archive is checked first, entry by entry, inflating as a
// stream and stopping as soon as a limit is passed:
// - at most MAX_ENTRIES entries, no encryption, no ZIP64, only stored or deflated data;
// - at most MAX_UNZIPPED_BYTES in all, and no entry larger than its directory says;
// - no worksheet with more rows (that hold cells) than the import takes, nor more cells than such
//   rows of the widest template hold (3 million one-digit cells zip to 7.5 MB, and cost ExcelJS
//   over a gigabyte);
// - each local header names the entry its directory record names, and the directory ends where
//   the end record begins: otherwise a reader that walks local headers (JSZip, in ExcelJS) reads
//   other entries than the ones checked here.

export const MAX_ENTRIES = 1_000;
/** Room for 100,000 rows of every column with inline strings; the row limit bites first. */
export const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;
/** Every row full in the widest template, with a column to spare. */
export const MAX_CELLS =
  (MAX_ROWS + 1) * (Math.max(...Object.values(COLUMNS).map((c) => c.length)) + 1);

// Past the byte limit the file is called unreadable: no real spreadsheet of at most 100,000 rows
// and 10 MB comes near it, and "larger than 10 MB" would not be true.
export type XlsxCheck =
  { ok: true } | { ok: false; messageKey: "unreadable" | "tooManyRows" | "tooManyCells" };

type Entry = {
  name: Buffer;
  flags: number;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

class Unreadable extends Error {}

/** The central directory: where each entry's data is, and how large it says it is. */
function readDirectory(zip: Buffer): Entry[] {
  // The end record is the last 22 bytes, unless a comment (at most 64 KiB) follows it.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Unreadable();
  const count = zip.readUInt16LE(end + 10);
  const directorySize = zip.readUInt32LE(end + 12);
  const start = zip.readUInt32LE(end + 16);
  // Anything between the directory and its end record is a second directory in hiding.
  if (start + directorySize !== end) throw new Unreadable();
  // 0xFFFF / 0xFFFFFFFF mean ZIP64, which no spreadsheet within the upload limit needs.
  if (count === 0xffff || start === 0xffffffff) throw new Unreadable();
  if (count > MAX_ENTRIES) throw new RangeError();
  const entries: Entry[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) throw new Unreadable();
    const flags = zip.readUInt16LE(at + 8);
    const nameLength = zip.readUInt16LE(at + 28);
    const entry: Entry = {
      name: zip.subarray(at + 46, at + 46 + nameLength),
      flags,
      method: zip.readUInt16LE(at + 10),
      crc: zip.readUInt32LE(at + 16),
      compressed: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      offset: zip.readUInt32LE(at + 42),
    };
    if (flags & 1 || entry.compressed === 0xffffffff || entry.size === 0xffffffff) {
      throw new Unreadable(); // encrypted, or ZIP64
    }
    if (entry.method !== 0 && entry.method !== 8) throw new Unreadable();
    entries.push(entry);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  if (at !== end) throw new Unreadable();
  return entries;
}

/** An entry's data, once its local header is shown to describe the same entry. */
function dataOf(zip: Buffer, entry: Entry): Buffer {
  const at = entry.offset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) throw new Unreadable();
  const nameLength = zip.readUInt16LE(at + 26);
  const name = zip.subarray(at + 30, at + 30 + nameLength);
  if (!name.equals(entry.name) || zip.readUInt16LE(at + 8) !== entry.method) {
    throw new Unreadable();
  }
  // Without a data descriptor (flag bit 3), the local header carries the sizes too.
  const described = (entry.flags & 8) !== 0;
  if (
    !described &&
    (zip.readUInt32LE(at + 14) !== entry.crc ||
      zip.readUInt32LE(at + 18) !== entry.compressed ||
      zip.readUInt32LE(at + 22) !== entry.size)
  ) {
    throw new Unreadable();
  }
  const start = at + 30 + nameLength + zip.readUInt16LE(at + 28);
  if (start + entry.compressed > zip.length) throw new Unreadable();
  return zip.subarray(start, start + entry.compressed);
}

// A row element that holds cells: <row …> but not the empty <row …/> (prefix allowed).
const ROW_OPEN = /<(?:[\w.-]+:)?row(?:\s[^>]*)?(?<!\/)>/g;

// A cell element, <c …> or <c/> (prefix allowed), but not <col…> or <cfRule…>.
const CELL_OPEN = /<(?:[\w.-]+:)?c[\s/>]/g;

type Stop = "tooManyRows" | "tooManyCells" | null;

/** Counts rows per part and cells over the whole archive (ExcelJS loads every sheet) as the XML
 * streams past, carrying a tag cut between two chunks. Returns the reason to stop, if any. */
function cellCounter() {
  let cells = 0;
  return () => {
    let carry = "";
    let rows = 0;
    return (chunk: Buffer): Stop => {
      const text = carry + chunk.toString("latin1");
      const cut = text.lastIndexOf("<");
      const whole = cut < 0 || text.indexOf(">", cut) >= 0 ? text : text.slice(0, cut);
      carry = whole === text ? "" : text.slice(cut, cut + 1024);
      rows += whole.match(ROW_OPEN)?.length ?? 0;
      cells += whole.match(CELL_OPEN)?.length ?? 0;
      if (rows > MAX_ROWS + 1) return "tooManyRows";
      return cells > MAX_CELLS ? "tooManyCells" : null;
    };
  };
}

/** Inflates one entry as a stream; rejects with RangeError as soon as a limit is passed. */
function inflateEntry(data: Buffer, limit: number, onChunk?: (chunk: Buffer) => boolean) {
  return new Promise<number>((resolve, reject) => {
    let bytes = 0;
    const inflate = createInflateRaw();
    inflate.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > limit || (onChunk && !onChunk(chunk))) {
        inflate.destroy();
        reject(new RangeError());
      }
    });
    inflate.on("error", () => reject(new Unreadable()));
    inflate.on("end", () => resolve(bytes));
    inflate.end(data);
  });
}

/** Every XML part is counted, not only xl/worksheets/: a cell element outside a sheet is harmless
 * to count, and a sheet stored under another name must not escape the count. */
const isXml = (name: Buffer) => /\.xml$/i.test(name.toString("utf8"));

export async function checkXlsx(bytes: Uint8Array): Promise<XlsxCheck> {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let budget = MAX_UNZIPPED_BYTES;
  const countPart = cellCounter();
  try {
    const entries = readDirectory(zip);
    if (entries.reduce((sum, e) => sum + e.size, 0) > budget) throw new RangeError();
    for (const entry of entries) {
      const data = dataOf(zip, entry);
      // No entry may hold more than its directory says: ExcelJS trusts that figure.
      const limit = Math.min(entry.size, budget);
      const count = isXml(entry.name) ? countPart() : undefined;
      if (entry.method === 0) {
        if (data.length > limit) throw new RangeError();
        const stored = count?.(data);
        if (stored) return { ok: false, messageKey: stored };
        budget -= data.length;
        continue;
      }
      let stop: Stop = null;
      const onChunk = count && ((chunk: Buffer) => (stop = count(chunk)) === null);
      try {
        budget -= await inflateEntry(data, limit, onChunk || undefined);
      } catch (err) {
        if (stop) return { ok: false, messageKey: stop };
        throw err;
      }
    }
    return { ok: true };
  } catch (err) {
    if (err instanceof RangeError || err instanceof Unreadable) {
      return { ok: false, messageKey: "unreadable" };
    }
    throw err;
  }
}
