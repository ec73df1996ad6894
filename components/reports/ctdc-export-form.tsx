import { getTranslations } from "next-intl/server";
import { inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { getUiNumerals } from "@/lib/auth/current-user";
import { formatYear } from "@/lib/i18n/numerals";
import { cn } from "@/lib/utils";
import { CTDC_K_DEFAULT, CTDC_K_MAX, CTDC_K_MIN } from "@/lib/validation/ctdc-export";

/**
 * The CTDC record-level victim file (docs/report-format.md, "CTDC export"): a plain GET to its
 * route, which answers with the file as an attachment, so the browser downloads it as it is.
 */
export async function CtdcExportForm({ year }: { year: number }) {
  const [t, numerals] = await Promise.all([getTranslations("reportExport.ctdc"), getUiNumerals()]);
  return (
    <form
      action={`/api/reports/${year}/ctdc`}
      method="get"
      aria-labelledby="ctdc-export-title"
      className="space-y-3 border-t border-slate-200 pt-4 print:hidden"
    >
      <h3 id="ctdc-export-title" className="text-sm font-semibold text-slate-900">
        {t("title")}
      </h3>
      <p className="max-w-prose text-sm text-slate-700">
        {t("intro", { year: formatYear(year, numerals) })}
      </p>
      <div className="space-y-1">
        <label htmlFor="ctdc-export-k" className="block text-sm text-slate-800">
          {t("k")}
        </label>
        <input
          id="ctdc-export-k"
          name="k"
          type="number"
          inputMode="numeric"
          min={CTDC_K_MIN}
          max={CTDC_K_MAX}
          step={1}
          required
          defaultValue={CTDC_K_DEFAULT}
          aria-describedby="ctdc-export-k-hint"
          className={cn(inputClass, "w-24")}
        />
        <p id="ctdc-export-k-hint" className="text-xs text-slate-600">
          {t("kHelp")}
        </p>
      </div>
      <Button type="submit" variant="secondary">
        {t("download")}
      </Button>
    </form>
  );
}
