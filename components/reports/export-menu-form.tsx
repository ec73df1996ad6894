"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import type { TAgeBandSet } from "@/lib/domain/age-bands";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import {
  EXPORT_FORMATS,
  K_DEFAULT,
  K_MAX,
  K_MIN,
  reportExportHref,
  type TExportFormat,
  type TExportVariant,
} from "@/lib/validation/report-export";
import {
  LAYOUT_FILE_FORMATS,
  layoutExportHref,
  type TLayoutName,
} from "@/lib/validation/report-layout";

type State =
  | { step: "idle" }
  | { step: "preparing" }
  | { step: "done"; file: string }
  | { step: "failed"; status: number | string };

/** "attachment; filename="ctip-report-2017.csv"" → ctip-report-2017.csv */
function fileNameOf(response: Response, fallback: string) {
  const match = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "");
  return match?.[1] ?? fallback;
}

/**
 * The export form. Without JavaScript it is a plain GET to the export route and the browser
 * downloads the file; with it, the file is fetched so the button can show that it is being
 * prepared (a PDF takes seconds), then saved from a blob.
 */
export function ExportMenuForm({
  year,
  bands,
  period = null,
}: {
  year: number;
  bands: TAgeBandSet;
  /** A period other than the calendar year: the export covers it. */
  period?: { from: string; to: string } | null;
}) {
  const t = useTranslations("reportExport.menu");
  const tLayouts = useTranslations("reportLayouts.menu");
  const tLocale = useTranslations("locale");
  const uiLocale = useLocale() as Locale;
  const [format, setFormat] = useState<TExportFormat>("xlsx");
  // "": the annual report; else the TIP or GLOTIP layout, which come as CSV, XLSX or JSON only.
  const [layout, setLayout] = useState<TLayoutName | "">("");
  const formats = layout ? LAYOUT_FILE_FORMATS : EXPORT_FORMATS;
  const [variant, setVariant] = useState<TExportVariant>("full");
  const [k, setK] = useState(String(K_DEFAULT));
  const [lang, setLang] = useState<Locale>(uiLocale);
  const [state, setState] = useState<State>({ step: "idle" });
  const kValue = Number(k);
  const kValid = Number.isInteger(kValue) && kValue >= K_MIN && kValue <= K_MAX;
  const options = { year, format, variant, bands, lang, k: kValid ? kValue : K_DEFAULT, period };
  const printHref = `/reports/${year}/print?${new URLSearchParams({
    variant,
    bands,
    lang,
    ...(variant === "public" ? { k: String(options.k) } : {}),
    ...(period ? { from: period.from, to: period.to } : {}),
  })}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (variant === "public" && !kValid) return;
    setState({ step: "preparing" });
    try {
      const href =
        layout && format !== "pdf"
          ? layoutExportHref({ ...options, layout, format })
          : reportExportHref(options);
      const response = await fetch(href);
      if (!response.ok) {
        setState({ step: "failed", status: response.status });
        return;
      }
      const file = fileNameOf(response, `ctip-${layout || "report"}-${year}.${format}`);
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = file;
      document.body.append(link);
      link.click();
      link.remove();
      // Revoked after the click has started the download.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ step: "done", file });
    } catch {
      setState({ step: "failed", status: "network" });
    }
  }

  const preparing = state.step === "preparing";
  const legend = "text-sm font-medium text-slate-800";
  const choice = "flex items-center gap-2 text-sm";
  return (
    <form
      action={`/api/reports/${year}/export`}
      method="get"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="report-export-title"
      aria-busy={preparing}
      className="space-y-4 print:hidden"
    >
      {/* The disclosure around the form shows the same words; the heading is for navigation. */}
      <h2 id="report-export-title" className="sr-only">
        {t("title")}
      </h2>
      <input type="hidden" name="bands" value={bands} />
      {period ? (
        <>
          <input type="hidden" name="from" value={period.from} />
          <input type="hidden" name="to" value={period.to} />
        </>
      ) : null}
      <fieldset className="space-y-1" aria-describedby="report-export-layout-hint">
        <legend className={legend}>{tLayouts("layout")}</legend>
        {(["", "tip", "glotip"] as const).map((l) => (
          <label key={l || "annual"} className={choice}>
            <input
              type="radio"
              name="layout"
              value={l}
              checked={layout === l}
              onChange={() => {
                setLayout(l);
                if (l && format === "pdf") setFormat("xlsx");
              }}
            />
            {tLayouts(l || "annual")}
          </label>
        ))}
        <p id="report-export-layout-hint" className="text-xs text-slate-600">
          {tLayouts("hint")}
        </p>
      </fieldset>
      <div className="flex flex-wrap gap-6">
        <fieldset className="space-y-1">
          <legend className={legend}>{t("format")}</legend>
          {formats.map((f) => (
            <label key={f} className={choice}>
              <input
                type="radio"
                name="format"
                value={f}
                checked={format === f}
                onChange={() => setFormat(f)}
              />
              {t(`formats.${f}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="space-y-1">
          <legend className={legend}>{t("variant")}</legend>
          {(["full", "public"] as const).map((v) => (
            <label key={v} className={choice}>
              <input
                type="radio"
                name="variant"
                value={v}
                checked={variant === v}
                onChange={() => setVariant(v)}
              />
              {t(v === "full" ? "variantFull" : "variantPublic")}
            </label>
          ))}
          <div className="space-y-1 pt-1 pl-6">
            <label htmlFor="report-export-k" className="block text-sm text-slate-800">
              {t("k")}
            </label>
            <input
              id="report-export-k"
              name="k"
              type="number"
              inputMode="numeric"
              min={K_MIN}
              max={K_MAX}
              step={1}
              required
              value={k}
              onChange={(e) => setK(e.target.value)}
              disabled={variant !== "public"}
              aria-invalid={variant === "public" && !kValid ? true : undefined}
              aria-describedby="report-export-k-hint"
              className={cn(inputClass, "w-24")}
            />
            <p id="report-export-k-hint" className="text-xs text-slate-600">
              {t("kHelp")}
            </p>
          </div>
        </fieldset>
        <div className="space-y-1">
          <label htmlFor="report-export-lang" className={legend}>
            {t("lang")}
          </label>
          <select
            id="report-export-lang"
            name="lang"
            value={lang}
            onChange={(e) => setLang(e.target.value as Locale)}
            className={inputClass}
          >
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {tLocale(l)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={preparing} aria-disabled={preparing}>
          {preparing ? (
            <>
              <span
                aria-hidden="true"
                className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white"
              />
              {t("preparing")}
            </>
          ) : (
            t("download")
          )}
        </Button>
        {layout ? null : (
          <a className="text-sm text-brand-700 underline hover:text-brand-900" href={printHref}>
            {t("printView")}
          </a>
        )}
      </div>
      <p className="text-xs text-slate-600">
        {format === "pdf" ? `${t("pdfNote")} ` : ""}
        {t("audited")}
      </p>
      <p role="status" aria-live="polite" className="text-sm">
        {state.step === "done" ? t("ready", { file: state.file }) : ""}
        {preparing ? t("preparing") : ""}
      </p>
      {state.step === "failed" ? (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {state.status === "network" ? t("failedNetwork") : t("failed", { status: state.status })}
        </p>
      ) : null}
    </form>
  );
}
