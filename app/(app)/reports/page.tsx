import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { YearCountsTable } from "@/components/reports/year-counts-table";
import { PageHeader } from "@/components/ui/page-header";
import { countRecordsByYear } from "@/lib/data/overview";

export async function generateMetadata() {
  return { title: (await getTranslations("reports"))("title") };
}

export default async function ReportsPage() {
  const user = await requireUser("read:report");
  const [t, years] = await Promise.all([getTranslations("reports"), countRecordsByYear(user)]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <YearCountsTable years={years} />
    </>
  );
}
