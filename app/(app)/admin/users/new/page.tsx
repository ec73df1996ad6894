import { getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";

export async function generateMetadata() {
  return { title: (await getTranslations("admin"))("newUser") };
}

export default async function NewUserPage() {
  await requireUser("manage:user");
  const t = await getTranslations("admin");
  return (
    <>
      <PageHeader title={t("newUser")} intro={t("newUserIntro")} />
      <CreateUserForm />
    </>
  );
}
