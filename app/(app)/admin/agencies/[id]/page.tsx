import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgencyForm } from "@/components/admin/agency-form";
import { RecordHistory } from "@/components/audit/record-history";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { findAgency } from "@/lib/data/agencies";
import { AppError } from "@/lib/errors";

export async function generateMetadata() {
  return { title: (await getTranslations("agencies"))("editAgency") };
}

export default async function AgencyPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser("manage:agency");
  const { id } = await params;
  if (!/^[1-9]\d{0,8}$/.test(id)) notFound();
  const agency = await findAgency(actor, Number(id)).catch((err) => {
    if (err instanceof AppError && err.code === "not-found") notFound();
    throw err;
  });
  const t = await getTranslations("agencies");
  return (
    <>
      <PageHeader title={<span translate="no">{agency.code}</span>} intro={t("editAgency")} />
      <AgencyForm initial={agency} />
      <RecordHistory actor={actor} entityType="agency" entityId={String(agency.id)} />
    </>
  );
}
