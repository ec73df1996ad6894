import { notFound } from "next/navigation";
import { PrintButton } from "@/components/reports/print-button";
import { getRequestContext } from "@/lib/auth/request-context";
import { requireUser } from "@/lib/auth/current-user";
import { getUiLocale } from "@/lib/i18n/server";
import { exportTranslator } from "@/lib/reports/export-view";
import { printReport } from "@/lib/reports/print-report";
import { PRINT_CSS } from "@/lib/reports/print-view";
import { parseReportPrint } from "@/lib/validation/report-export";

// The report's print view, outside the application frame so the browser prints the report alone:
// the same markup as the PDF export (lib/reports/print-view.ts, every text escaped there). It is an
// export (decision 0022): export:report, and audited before it renders. Links to it are plain
// <a> elements, never prefetched, so a row is written only when someone opens it.
type Props = {
  params: Promise<{ year: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function loadView({ params, searchParams }: Props) {
  const user = await requireUser("export:report");
  const [{ year }, query, uiLocale, request] = await Promise.all([
    params,
    searchParams,
    getUiLocale(),
    getRequestContext(),
  ]);
  const options = parseReportPrint(year, query);
  if (!options.success) notFound();
  return printReport(user, { ...options.data, lang: options.data.lang ?? uiLocale }, request);
}

export async function generateMetadata({ params }: Props) {
  const [{ year }, locale] = await Promise.all([params, getUiLocale()]);
  return { title: exportTranslator(locale)("title", { year }) };
}

export default async function ReportPrintPage(props: Props) {
  const { view, html } = await loadView(props);
  const t = view.t;
  return (
    <main className="bg-white p-6 print:p-0">
      <style
        dangerouslySetInnerHTML={{
          __html: `${PRINT_CSS}\n@page { size: A4; margin: 16mm 14mm 18mm; }`,
        }}
      />
      <div className="mx-auto mb-6 flex max-w-5xl flex-wrap items-center gap-4 print:hidden">
        <a
          className="text-sm text-brand-700 underline hover:text-brand-900"
          href={`/reports/${view.year}`}
        >
          {t("menu.back")}
        </a>
        <PrintButton />
        <p className="text-sm text-slate-600">{t("menu.printHint")}</p>
      </div>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </main>
  );
}
