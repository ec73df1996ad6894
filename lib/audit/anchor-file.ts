import { open, stat } from "node:fs/promises";
import { ANCHOR_MAX_BYTES, AnchorError, parseAnchor, type TAuditAnchor } from "./anchor";

/** Reads an anchor file hostilely: a regular file, at most ANCHOR_MAX_BYTES read whatever its
 * size claims (a FIFO or /dev/zero never ends), then parsed and validated. */
export async function readAnchorFile(file: string): Promise<TAuditAnchor> {
  const fail = (err: NodeJS.ErrnoException): never => {
    throw new AnchorError(`cannot open the anchor file ${file}: ${err.code ?? err.message}.`);
  };
  // Checked before opening too: opening a FIFO for reading waits for a writer.
  if (!(await stat(file).catch(fail)).isFile()) {
    throw new AnchorError(`the anchor ${file} is not a regular file.`);
  }
  const handle = await open(file, "r").catch(fail);
  try {
    if (!(await handle.stat()).isFile()) {
      throw new AnchorError(`the anchor ${file} is not a regular file.`);
    }
    const buffer = Buffer.alloc(ANCHOR_MAX_BYTES + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0 || (length += bytesRead) === buffer.length) break;
    }
    return parseAnchor(buffer.subarray(0, length));
  } finally {
    await handle.close();
  }
}
