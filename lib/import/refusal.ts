import type { ImportIssue } from "./map-rows";

// What a refused import answers, and the HTTP status it is answered with. A refusal found before
// the import's stream starts (the file, its parsing, its headers, its cells) is the response's
// status; one found while rows are validated inside the stream is the stream's last line, after
// a 200 (docs/decisions/0020-import-refusals-as-http-statuses.md).

export type ImportRefusal = {
  ok: false;
  messageKey: string;
  params?: Record<string, string | number>;
  issues: ImportIssue[];
  /** Issues found beyond those listed. */
  moreIssues: number;
};

export const MAX_ISSUES = 1_000;

export const refuse = (
  messageKey: string,
  params?: Record<string, string | number>,
): ImportRefusal => ({ ok: false, messageKey, params, issues: [], moreIssues: 0 });

export function withIssues(
  messageKey: string,
  issues: ImportIssue[],
  total = issues.length,
): ImportRefusal {
  return {
    ...refuse(messageKey),
    issues: issues.slice(0, MAX_ISSUES),
    moreIssues: total - Math.min(total, MAX_ISSUES),
  };
}

const STATUS: Record<string, number> = {
  // The body is over the limit: the client should send less.
  tooLarge: 413,
  // Not a CSV or an XLSX, by name and content.
  wrongType: 415,
  forbidden: 403,
};

/** 413 and 415 where HTTP has a word for it; every other refusal of the file's content is 422
 * (well-formed request, content that cannot be processed). Only "unexpected" is a 500. */
export function refusalStatus(messageKey: string): number {
  if (messageKey === "unexpected") return 500;
  return STATUS[messageKey] ?? 422;
}
