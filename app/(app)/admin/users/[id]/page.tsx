import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { AccountActions } from "@/components/admin/account-actions";
import { EditUserForm } from "@/components/admin/edit-user-form";
import { RecordHistory } from "@/components/audit/record-history";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { agencyOptions } from "@/lib/data/agencies";
import { findUser } from "@/lib/data/users";
import { getUiLocale } from "@/lib/i18n/server";
import { AppError } from "@/lib/errors";

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser("manage:user");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const user = await findUser(actor, id).catch((err) => {
    if (err instanceof AppError && err.code === "not-found") notFound();
    throw err;
  });
  const [t, locale] = await Promise.all([getTranslations("admin"), getUiLocale()]);
  const agencies = await agencyOptions(actor, locale, user.agencyId);
  return (
    <>
      <PageHeader
        title={<span translate="no">{user.name}</span>}
        intro={
          <>
            <span translate="no">{user.email}</span> · {user.active ? t("active") : t("inactive")}
          </>
        }
      />
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="access-heading">
          <h2 id="access-heading" className="mb-3 text-lg font-semibold">
            {t("access")}
          </h2>
          <EditUserForm user={user} agencies={agencies} />
        </section>
        <section aria-labelledby="account-heading">
          <h2 id="account-heading" className="mb-3 text-lg font-semibold">
            {t("account")}
          </h2>
          <AccountActions user={user} />
        </section>
      </div>
      <RecordHistory actor={actor} entityType="user" entityId={user.id} />
    </>
  );
}
