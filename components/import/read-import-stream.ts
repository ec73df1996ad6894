import type { ImportProgress, ImportResult } from "@/lib/import/run-import";

// Reads the import route's answer: a refusal status with its JSON body, or NDJSON line by line,
// progress lines as they come, then the result. A response that ends without a result (a dropped connection) is reported as such.

export type StreamLine = { progress: ImportProgress } | { result: ImportResult };

export async function readImportStream(
  response: Response,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportResult> {
  const lost: ImportResult = { ok: false, messageKey: "network", issues: [], moreIssues: 0 };
  // A refusal of the file itself comes as a 4xx with {result} as its JSON body; any other error
  // page (a proxy's 413, a 401) has no result to show, only its status.
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { result?: ImportResult } | null;
    if (body?.result && !body.result.ok) return body.result;
    const messageKey = response.status === 413 ? "tooLarge" : "unexpected";
    return { ok: false, messageKey, issues: [], moreIssues: 0 };
  }
  if (!response.body) return lost;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  let result: ImportResult | null = null;
  for (;;) {
    const { done, value } = await reader.read();
    if (value) buffered += value;
    const lines = buffered.split("\n");
    buffered = done ? "" : (lines.pop() ?? "");
    for (const text of lines) {
      if (!text.trim()) continue;
      const parsed = JSON.parse(text) as StreamLine;
      if ("progress" in parsed) onProgress(parsed.progress);
      else result = parsed.result;
    }
    if (done) return result ?? lost;
  }
}
