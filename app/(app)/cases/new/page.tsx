import { getTranslations } from "next-intl/server";
import { CaseForm } from "@/components/records/case-form";
import { PageHeader } from "@/components/ui/page-header";
import { forbidden } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { writesByProvince } from "@/lib/auth/scope";
import { PROVINCES } from "@/lib/domain/provinces";
import { getUiLocale } from "@/lib/i18n/server";
import { inScope } from "@/lib/auth/acting-user";

export async function generateMetadata() {
  return { title: (await getTranslations("cases"))("newCase") };
}

export default async function NewCasePage() {
  const user = await requireUser("write:record");
  // Foreign Affairs writes victims rescued abroad, not cases.
  if (!writesByProvince(user)) forbidden();
  const [t, locale] = await Promise.all([getTranslations("cases"), getUiLocale()]);
  const provinces = PROVINCES.filter((p) => inScope(user, p.id)).map((p) => ({
    value: String(p.id),
    label: locale === "km" ? p.nameKm : p.nameEn,
  }));
  return (
    <>
      <PageHeader title={t("newCase")} intro={t("newCaseIntro")} />
      <CaseForm provinces={provinces} />
    </>
  );
}
