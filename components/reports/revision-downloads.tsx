import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { formatNumber, type Numerals } from "@/lib/i18n/numerals";
import type { TExportFormat } from "@/lib/validation/report-export";
import { publishedCopyHref } from "@/lib/validation/published-copy";

/** The stored document first: it is the one whose SHA-256 is published. */
const FORMATS: TExportFormat[] = ["json", "csv", "xlsx", "pdf"];

/**
 * Each published revision as files (decision 0031): the stored JSON, and CSV, XLSX and PDF rebuilt
 * from it in the page's language. Plain links, never prefetched: each download is an audited
 * export (decision 0022), so only a click may start one. Shown to readers who may export.
 */
export async function RevisionDownloads({
  year,
  revisions,
  locale,
  numerals,
}: {
  year: number;
  revisions: number[];
  locale: Locale;
  numerals: Numerals;
}) {
  const t = await getTranslations("reportPublish");
  const formatName = (format: TExportFormat) =>
    format === "json" ? t("download.json") : format.toUpperCase();
  return (
    <section className="space-y-2">
      <h3 id="report-downloads-title" className="font-semibold text-slate-900">
        {t("download.title")}
      </h3>
      <p className="text-sm text-slate-700">{t("download.hint")}</p>
      <ul className="space-y-1 text-sm">
        {revisions.map((revision) => (
          <li key={revision} className="flex flex-wrap items-baseline gap-x-3">
            <span className="font-medium text-slate-700">
              {t("revision")} {formatNumber(revision, numerals)}
            </span>
            {FORMATS.map((format) => (
              <a
                key={format}
                className="text-brand-700 underline hover:text-brand-900"
                href={publishedCopyHref({ year, revision, format, lang: locale })}
                download
                aria-label={t("download.link", {
                  revision: formatNumber(revision, numerals),
                  format: formatName(format),
                })}
              >
                {formatName(format)}
              </a>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
