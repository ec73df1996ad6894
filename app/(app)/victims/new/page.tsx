import { getTranslations } from "next-intl/server";
import { VictimForm } from "@/components/records/victim-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { countryOptionsCambodiaFirst } from "@/lib/domain/countries";
import { getUiLocale } from "@/lib/i18n/server";

export async function generateMetadata() {
  return { title: (await getTranslations("victims"))("newVictim") };
}

// For people rescued without a domestic case, e.g. Cambodians rescued abroad by the Ministry of
// Foreign Affairs. Victims of a case are added on the case's page.
export default async function NewVictimPage() {
  await requireUser("write:record");
  const t = await getTranslations("victims");
  return (
    <>
      <PageHeader title={t("newVictim")} intro={t("newVictimIntro")} />
      <VictimForm countries={countryOptionsCambodiaFirst(await getUiLocale())} />
    </>
  );
}
