import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { getActingUser } from "@/lib/auth/current-user";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("changePassword") };
}

export default async function ChangePasswordPage() {
  const user = await getActingUser();
  if (!user) redirect("/sign-in");
  const t = await getTranslations("auth");
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-1 text-2xl font-semibold">{t("changePassword")}</h1>
      <p className="mb-6 text-sm text-slate-600">
        {user.mustChangePassword ? t("mustChangeIntro") : t("changeIntro")}
      </p>
      <ChangePasswordForm />
    </div>
  );
}
