import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getActingUser } from "@/lib/auth/current-user";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  if (await getActingUser()) redirect("/");
  const [t, { next }] = await Promise.all([getTranslations("auth"), searchParams]);
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-1 text-2xl font-semibold">{t("signInTitle")}</h1>
      <p className="mb-6 text-sm text-slate-600">{t("signInIntro")}</p>
      <SignInForm next={typeof next === "string" ? next : "/"} />
    </div>
  );
}
