import { getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { agencyOptions } from "@/lib/data/agencies";
import { getUiLocale } from "@/lib/i18n/server";

export async function generateMetadata() {
  return { title: (await getTranslations("admin"))("newUser") };
}

export default async function NewUserPage() {
  const user = await requireUser("manage:user");
  const [t, locale] = await Promise.all([getTranslations("admin"), getUiLocale()]);
  const agencies = await agencyOptions(user, locale);
  return (
    <>
      <PageHeader title={t("newUser")} intro={t("newUserIntro")} />
      <CreateUserForm agencies={agencies} />
    </>
  );
}
