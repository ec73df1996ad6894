import { guardedRoute } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { isImportKind } from "@/lib/import/columns";
import { MAX_FILE_BYTES } from "@/lib/import/file-type";
import { importRecords, type ImportProgress, type ImportResult } from "@/lib/import/run-import";

// A long import reports as it goes: the response is NDJSON, one {progress} line per step and a
// final {result} line, so the page can show a progress bar without polling.

// Room for the multipart envelope around a file at the size limit.
const MAX_BODY = MAX_FILE_BYTES + 64 * 1024;

const line = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value)}\n`);

export const POST = guardedRoute<{ kind: string }>(
  "write:record",
  async (request, { user, request: context, params }) => {
    const kind = params.kind;
    if (!isImportKind(kind)) return new Response("Not found.\n", { status: 404 });
    // Refused before the body is read, so an oversized upload costs no memory.
    if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY) {
      return Response.json(
        { result: { ok: false, messageKey: "tooLarge", issues: [], moreIssues: 0 } },
        { status: 413 },
      );
    }
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!(file instanceof File)) return new Response("No file.\n", { status: 400 });
    const bytes = new Uint8Array(await file.arrayBuffer());
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
          result = await importRecords(user, { kind, name: file.name, bytes }, context, onProgress);
        } catch (err) {
          if (!(err instanceof AppError)) console.error("[import]", err);
          const messageKey = err instanceof AppError ? err.messageKey : "unexpected";
          result = { ok: false, messageKey, issues: [], moreIssues: 0 };
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
