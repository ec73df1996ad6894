import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/acting-user";
import { requireUser } from "@/lib/auth/current-user";
import { landingPathWithoutReports } from "@/lib/auth/landing";
import { Card, CardTitle, CardValue } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { YearCountsTable } from "@/components/reports/year-counts-table";
import { countRecordsByYear } from "@/lib/data/overview";

export default async function OverviewPage() {
  const user = await requireUser();
  // Administrators, Foreign Affairs, providers and courts read no report: each starts at their list.
  if (!can(user, "read:report")) redirect(landingPathWithoutReports(user));
  const [t, years] = await Promise.all([getTranslations("overview"), countRecordsByYear(user)]);
  const latest = years[0];
  const cards = [
    { label: t("cases"), value: latest?.cases },
    { label: t("arrests"), value: latest?.arrests },
    { label: t("victims"), value: latest?.victims },
    { label: t("abroad"), value: latest?.abroad },
  ];
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      {latest ? (
        <div className="mb-8">
          <h2 className="mb-3 text-lg font-semibold">{latest.year}</h2>
          <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
            {cards.map((c) => (
              <Card key={c.label}>
                <CardTitle>{c.label}</CardTitle>
                <CardValue>{c.value ?? 0}</CardValue>
              </Card>
            ))}
          </div>
        </div>
      ) : null}
      <h2 className="mb-3 text-lg font-semibold">{t("byYear")}</h2>
      <YearCountsTable years={years} />
    </>
  );
}
