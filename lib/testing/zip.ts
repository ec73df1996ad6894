import { crc32, deflateRawSync } from "node:zlib";

// Zip archives and worksheet XML written by hand, for tests and benchmarks that need a file no
// spreadsheet program would write: one that lies about its sizes, or a cell bomb.

export type ZipEntry = {
  name: string;
  data: Buffer;
  /** What the directory claims instead. */ size?: number;
  /** What the local header names instead (the directory keeps `name`). */ localName?: string;
  /** Stored as is, not deflated. */ stored?: boolean;
  /** zlib's compression level (default 6); a benchmark's bomb uses 9. */ level?: number;
};

/** A zip archive written by hand, so a test can make one that lies or is far too large. */
export function zipArchive(entries: ZipEntry[], options: { hidden?: Buffer } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const localName = Buffer.from(entry.localName ?? entry.name, "utf8");
    const packed = entry.stored
      ? entry.data
      : deflateRawSync(entry.data, { level: entry.level ?? 6 });
    const fields = (header: Buffer, at: number, name: Buffer) => {
      header.writeUInt16LE(20, at); // version needed
      header.writeUInt16LE(0, at + 2); // flags
      header.writeUInt16LE(entry.stored ? 0 : 8, at + 4); // stored or deflated
      header.writeUInt32LE(0, at + 6); // time and date
      header.writeUInt32LE(crc32(entry.data), at + 10);
      header.writeUInt32LE(packed.length, at + 14);
      header.writeUInt32LE(entry.size ?? entry.data.length, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4, localName);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    fields(central, 6, name);
    central.writeUInt32LE(offset, 42);
    locals.push(local, localName, packed);
    centrals.push(central, name);
    offset += local.length + localName.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  // `hidden`: bytes between the directory and the end record, where a second directory can hide.
  return new Uint8Array(
    Buffer.concat([...locals, directory, options.hidden ?? Buffer.alloc(0), end]),
  );
}

/** Worksheet XML of `rows` rows of `perRow` one-digit cells each: the shape of a cell bomb. */
export function cellsXml(rows: number, perRow: number): Buffer {
  const row = `<row>${"<c><v>1</v></c>".repeat(perRow)}</row>`;
  return Buffer.from(
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${row.repeat(rows)}</sheetData></worksheet>`,
  );
}

/** Worksheet XML with `rows` rows holding one cell each, and `empty` rows holding none. */
export function sheetXml(rows: number, empty = 0): Buffer {
  const parts = [
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  ];
  for (let r = 1; r <= rows; r++) {
    parts.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>x</t></is></c></row>`);
  }
  for (let r = rows + 1; r <= rows + empty; r++)
    parts.push(`<row r="${r}" ht="20" customHeight="1"/>`);
  parts.push("</sheetData></worksheet>");
  return Buffer.from(parts.join(""));
}
