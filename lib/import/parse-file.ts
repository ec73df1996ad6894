import path from "node:path";
import { Worker } from "node:worker_threads";
import { createLimiter } from "@/lib/limiter";
import { MAX_ROWS, type FileType } from "./file-type";
import { checkXlsx } from "./xlsx-guard";

// Reads a CSV or the first worksheet of an XLSX into strings, keeping each row's number as the
// person sees it (the header is row 1), so every error can point at the right line.
//
// The parsing itself runs in a worker thread (parse-worker.mjs): ExcelJS and papaparse are
// synchronous, and a hostile file used to hold the event loop, and so every other user, for tens
// of seconds. The worker has its own heap limit and a deadline; past either it is ended and the
// file refused ("tooComplex"). Only PARSE_LIMITS.workers parse at once, so parallel uploads
// cannot multiply the memory. Bounds that need no parsing (size, zip structure, rows, cells)
// are checked before, in file-type.ts and xlsx-guard.ts. See docs/decisions/0020.

export type ParsedRow = { row: number; cells: string[] };
export type ParsedTable = {
  headers: string[];
  rows: ParsedRow[];
  /** XLSX cells holding a formula: refused whatever their cached result. */
  formulaCells: { row: number; col: number }[];
};
export type ParseResult = { ok: true; table: ParsedTable } | { ok: false; messageKey: string };

export const PARSE_LIMITS = {
  /** A full 100,000-row XLSX of the widest template needs about 300 MB in ExcelJS. */
  heapMb: 512,
  timeoutMs: 120_000,
  workers: 2,
};

// Loaded by path from the project directory, so that neither Turbopack nor vite bundles it: a
// worker runs the file as Node finds it, with exceljs and papaparse from node_modules.
const workerFile = () => path.join(process.cwd(), "lib", "import", "parse-worker.mjs");

const takeTurn = createLimiter(PARSE_LIMITS.workers);

const tooComplex: ParseResult = { ok: false, messageKey: "tooComplex" };

function parseInWorker(type: FileType, bytes: Uint8Array): Promise<ParseResult> {
  return new Promise((resolve, reject) => {
    // Reflect.construct, not `new Worker(…)`: Turbopack rewrites that pattern into a bundled
    // worker of its own, which never answered under `next start`.
    const worker = Reflect.construct(Worker, [
      workerFile(),
      {
        workerData: { type, bytes, maxRows: MAX_ROWS },
        resourceLimits: { maxOldGenerationSizeMb: PARSE_LIMITS.heapMb },
      },
    ]) as Worker;
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      done();
      void worker.terminate();
    };
    const deadline = setTimeout(() => settle(() => resolve(tooComplex)), PARSE_LIMITS.timeoutMs);
    worker.on("message", (result: ParseResult) => settle(() => resolve(result)));
    worker.on("error", (err: Error & { code?: string }) => {
      if (err.code === "ERR_WORKER_OUT_OF_MEMORY") settle(() => resolve(tooComplex));
      else settle(() => reject(err));
    });
    worker.on("exit", (code) =>
      settle(() => reject(new Error(`The import parser exited with code ${code}.`))),
    );
  });
}

/** More line breaks than rows allowed, in a file with no quote (so no line break in a cell).
 * Native byte searches: a few milliseconds for 10 MB, and no worker started for such a file. */
function tooManyLines(bytes: Uint8Array): boolean {
  if (bytes.includes(0x22)) return false;
  let lines = 0;
  for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) {
    if (++lines > MAX_ROWS + 2) return true;
  }
  return false;
}

export async function parseFile(type: FileType, bytes: Uint8Array): Promise<ParseResult> {
  if (type === "csv" && tooManyLines(bytes)) return { ok: false, messageKey: "tooManyRows" };
  if (type === "xlsx") {
    // Before ExcelJS, which unzips everything into memory: see xlsx-guard.ts.
    const guard = await checkXlsx(bytes);
    if (!guard.ok) return guard;
  }
  return takeTurn(() => parseInWorker(type, bytes));
}
