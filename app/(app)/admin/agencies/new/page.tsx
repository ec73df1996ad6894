import { getTranslations } from "next-intl/server";
import { AgencyForm } from "@/components/admin/agency-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";

export async function generateMetadata() {
  return { title: (await getTranslations("agencies"))("newAgency") };
}

export default async function NewAgencyPage() {
  await requireUser("manage:agency");
  const t = await getTranslations("agencies");
  return (
    <>
      <PageHeader title={t("newAgency")} intro={t("intro")} />
      <AgencyForm />
    </>
  );
}
