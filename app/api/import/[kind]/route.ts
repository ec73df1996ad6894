import { guardedRoute } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { isImportKind } from "@/lib/import/columns";
import { readUpload } from "@/lib/import/read-upload";
import { refusalStatus, type ImportRefusal } from "@/lib/import/refusal";
import {
  checkImport,
  completeImport,
  type ImportProgress,
  type ImportResult,
} from "@/lib/import/run-import";
import { logger } from "@/lib/observability/logger";

// The file is read, parsed and its cells checked BEFORE the response starts, so a refusal of
// the file is a real 4xx with {result} as its JSON body (413 tooLarge, 415 wrongType, 422 the
// rest: lib/import/refusal.ts). A file that passes is answered with NDJSON: one {progress} line
// per step and a final {result} line, where row validation may still refuse it (after a 200:
// the rows are checked inside the write's transaction). See docs/decisions/0020.

const line = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value)}\n`);

const refused = (result: ImportRefusal) =>
  Response.json(
    { result },
    { status: refusalStatus(result.messageKey), headers: { "Cache-Control": "no-store" } },
  );

const failure = (err: unknown): ImportRefusal => {
  if (!(err instanceof AppError)) logger().error({ err }, "import failed");
  const messageKey = err instanceof AppError ? err.messageKey : "unexpected";
  return { ok: false, messageKey, issues: [], moreIssues: 0 };
};

export const POST = guardedRoute<{ kind: string }>(
  "import:record",
  async (request, { user, request: context, params }) => {
    const kind = params.kind;
    if (!isImportKind(kind)) return new Response("Not found.\n", { status: 404 });
    const upload = await readUpload(request);
    if (!upload.ok) {
      if (upload.messageKey === "noFile") return new Response("No file.\n", { status: 400 });
      return refused({ ok: false, messageKey: upload.messageKey, issues: [], moreIssues: 0 });
    }
    let checked: Awaited<ReturnType<typeof checkImport>>;
    try {
      checked = await checkImport(user, { kind, name: upload.name, bytes: upload.bytes }, context);
    } catch (err) {
      return refused(failure(err));
    }
    if (!checked.ok) return refused(checked.result);
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        let last = "";
        const onProgress = (progress: ImportProgress) => {
          // One line per change of percentage is enough for a progress bar.
          const key = `${progress.phase}:${Math.floor((progress.done / progress.total) * 100)}`;
          if (key !== last) controller.enqueue(line({ progress }));
          last = key;
        };
        let result: ImportResult;
        try {
          result = await completeImport(checked, onProgress);
        } catch (err) {
          result = failure(err);
        }
        controller.enqueue(line({ result }));
        controller.close();
      },
    });
    return new Response(stream, {
      headers: {
        "Content-Type": "application/x-ndjson; charset=utf-8",
        "Cache-Control": "no-store",
      },
    });
  },
);
