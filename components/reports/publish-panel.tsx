import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/acting-user";
import { getUiNumerals, requireUser } from "@/lib/auth/current-user";
import { findLatestRevision } from "@/lib/data/report-revisions";
import { formatDateTime } from "@/lib/i18n/format";
import { formatNumber, formatYear } from "@/lib/i18n/numerals";
import { getUiLocale } from "@/lib/i18n/server";
import { todayInPhnomPenh } from "@/lib/validation/common";
import { PublishForm } from "./publish-form";

/**
 * Publishing a year's report, for those who may: managers with national scope. Others see
 * nothing, except a province-scoped manager, who is told why they cannot. The server refuses
 * anyone else regardless of what is shown here.
 */
export async function PublishPanel({ year }: { year: number }) {
  const user = await requireUser("read:report");
  if (!can(user, "publish:report")) return null;
  const [t, locale, numerals] = await Promise.all([
    getTranslations("reportPublish"),
    getUiLocale(),
    getUiNumerals(),
  ]);
  const heading = (
    <h2 id="publish-report-title" className="text-lg font-semibold text-slate-900">
      {t("publishTitle", { year: formatYear(year, numerals) })}
    </h2>
  );
  if (!user.nationalScope || year > Number(todayInPhnomPenh().slice(0, 4))) {
    return (
      <Card aria-labelledby="publish-report-title" className="space-y-2">
        {heading}
        <p className="text-sm text-slate-700">
          {user.nationalScope ? t("errors.futureYear") : t("errors.nationalOnly")}
        </p>
      </Card>
    );
  }
  const latest = await findLatestRevision(user, year);
  return (
    <Card aria-labelledby="publish-report-title" className="space-y-3">
      {heading}
      <p className="max-w-3xl text-sm text-slate-700">{t("publishIntro")}</p>
      {latest ? (
        <p className="text-sm text-slate-700">
          {t("latest", {
            revision: formatNumber(latest.revision, numerals),
            date: formatDateTime(latest.publishedAt, locale, numerals),
          })}
        </p>
      ) : null}
      <PublishForm year={year} nextRevision={(latest?.revision ?? 0) + 1} />
    </Card>
  );
}
