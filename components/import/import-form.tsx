"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { useNumerals } from "@/components/ui/numerals";
import { IMPORT_KINDS, type ImportKind } from "@/lib/import/columns";
import { MAX_FILE_BYTES, MAX_ROWS } from "@/lib/import/file-type";
import type { ImportProgress, ImportResult } from "@/lib/import/run-import";
import { formatNumber } from "@/lib/i18n/numerals";
import { IssueTable } from "./issue-table";
import { readImportStream } from "./read-import-stream";

type State =
  | { step: "idle" }
  | { step: "running"; progress: ImportProgress | null }
  | { step: "done"; result: ImportResult };

/** Choose a kind and a file, watch the progress, then read the count or the error report. */
export function ImportForm() {
  const t = useTranslations("import");
  const numerals = useNumerals();
  const number = (n: number) => formatNumber(n, numerals);
  // The file's limits, as the file label and the refusals state them.
  const limits = { megabytes: number(MAX_FILE_BYTES / (1024 * 1024)), rows: number(MAX_ROWS) };
  const [kind, setKind] = useState<ImportKind>("victims");
  const [state, setState] = useState<State>({ step: "idle" });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = new FormData(event.currentTarget);
    setState({ step: "running", progress: null });
    let result: ImportResult;
    try {
      const response = await fetch(`/api/import/${kind}`, { method: "POST", body });
      result = await readImportStream(response, (progress) =>
        setState({ step: "running", progress }),
      );
    } catch {
      result = { ok: false, messageKey: "network", issues: [], moreIssues: 0 };
    }
    setState({ step: "done", result });
  }

  const progress = state.step === "running" ? state.progress : null;
  const refusal = state.step === "done" && !state.result.ok ? state.result : null;
  const refusalKey =
    refusal && t.has(`refused.${refusal.messageKey}`) ? refusal.messageKey : "unexpected";
  return (
    <form onSubmit={(event) => void submit(event)} className="max-w-3xl space-y-4">
      <div className="space-y-1">
        <label htmlFor="import-kind" className="block text-sm font-medium text-slate-800">
          {t("kind")}
        </label>
        <select
          id="import-kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as ImportKind)}
          className={inputClass}
        >
          {IMPORT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">
          {t("file", limits)}
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".csv,.xlsx"
          required
          className={inputClass}
        />
      </div>
      <Button type="submit" disabled={state.step === "running"}>
        {t("submit")}
      </Button>
      {state.step === "running" ? (
        <div className="space-y-1">
          <progress
            aria-label={t("progressLabel")}
            className="w-full"
            max={progress?.total ?? undefined}
            value={progress?.done ?? undefined}
          />
          <p aria-live="polite" className="text-sm text-slate-700">
            {progress
              ? t(`phase.${progress.phase}`, {
                  done: number(progress.done),
                  total: number(progress.total),
                })
              : t("phase.parsing")}
          </p>
        </div>
      ) : null}
      {state.step === "done" && state.result.ok ? (
        <p
          role="status"
          className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900"
        >
          {t("success", { count: state.result.count, n: number(state.result.count) })}
        </p>
      ) : null}
      {refusal ? (
        <div className="space-y-3">
          <p
            role="alert"
            className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800"
          >
            {t(`refused.${refusalKey}`, { column: "", ...limits, ...refusal.params })}
          </p>
          {refusal.issues.length > 0 ? (
            <IssueTable issues={refusal.issues} more={refusal.moreIssues} />
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
