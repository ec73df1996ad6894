import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/import/import-form";
import { TemplateLinks } from "@/components/import/template-links";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";

export async function generateMetadata() {
  return { title: (await getTranslations("import"))("title") };
}

export default async function ImportPage() {
  await requireUser("import:record");
  const t = await getTranslations("import");
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <div className="space-y-8">
        <ImportForm />
        <TemplateLinks />
      </div>
    </>
  );
}
