import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { RecordHistory } from "@/components/audit/record-history";
import { CaseForm } from "@/components/records/case-form";
import { CasePeople } from "@/components/records/case-people";
import { CaseStatusPanel } from "@/components/records/case-status-panel";
import { DeletedNotice, RecordFacts } from "@/components/records/record-facts";
import { RecordStateButton } from "@/components/records/record-state-button";
import { PageHeader } from "@/components/ui/page-header";
import { deleteCaseAction } from "@/lib/actions/delete-case";
import { restoreCaseAction } from "@/lib/actions/restore-case";
import { can, inScope } from "@/lib/auth/acting-user";
import { getRequestContext } from "@/lib/auth/request-context";
import { requireUser, getUiNumerals } from "@/lib/auth/current-user";
import { findCase } from "@/lib/data/case-detail";
import { PROVINCES } from "@/lib/domain/provinces";
import { AppError } from "@/lib/errors";
import { toPhnomPenhInputs } from "@/lib/i18n/dates";
import { formatEventDate, provinceName } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("read:record");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const detail = await findCase(user, id, await getRequestContext()).catch((err) => {
    if (err instanceof AppError && err.code === "not-found") notFound();
    throw err;
  });
  const [t, tEnum, locale, numerals] = await Promise.all([
    getTranslations("cases"),
    getTranslations("enums"),
    getUiLocale(),
    getUiNumerals(),
  ]);
  const canWrite = can(user, "write:record") && inScope(user, detail.provinceId);
  const cracked = toPhnomPenhInputs(detail.crackedDownAt);
  const provinces = PROVINCES.filter((p) => inScope(user, p.id)).map((p) => ({
    value: String(p.id),
    label: locale === "km" ? p.nameKm : p.nameEn,
  }));
  const facts: [string, ReactNode][] = [
    [t("offence"), tEnum(`OffenceType.${detail.offenceType}`)],
    [t("province"), provinceName(detail.province, locale)],
    [
      t("leadAgency"),
      <span key="leadAgency" translate="no">
        {detail.leadAgency}
      </span>,
    ],
    [t("crackedDownAt"), formatEventDate(detail.crackedDownAt, locale, numerals) ?? t("noDate")],
    [t("status"), tEnum(`CaseStatus.${detail.status}`)],
  ];
  return (
    <>
      <PageHeader
        title={t("caseTitle", { reference: detail.reference })}
        intro={detail.summary ? <span translate="no">{detail.summary}</span> : undefined}
      />
      {detail.deletedAt ? (
        <DeletedNotice
          message={t("deletedNotice")}
          restore={
            canWrite ? (
              <RecordStateButton
                action={restoreCaseAction}
                id={detail.id}
                version={detail.version}
                label={t("restore")}
                pendingLabel={t("saving")}
              />
            ) : null
          }
        />
      ) : null}
      <RecordFacts facts={facts} />
      {canWrite && !detail.deletedAt ? (
        <div className="mt-4 flex flex-wrap items-start gap-3">
          <details className="flex-1 rounded-lg border border-slate-200 bg-white p-4">
            <summary className="cursor-pointer font-medium text-brand-700">{t("editCase")}</summary>
            <div className="mt-3">
              <CaseForm
                provinces={provinces}
                initial={{ ...detail, crackedDownOn: cracked.date, crackedDownTime: cracked.time }}
              />
            </div>
          </details>
          <RecordStateButton
            action={deleteCaseAction}
            id={detail.id}
            version={detail.version}
            label={t("delete")}
            pendingLabel={t("saving")}
          />
        </div>
      ) : null}
      <CaseStatusPanel
        user={user}
        kase={detail}
        canChange={canWrite && can(user, "change:case-status")}
        locale={locale}
        numerals={numerals}
      />
      <CasePeople
        detail={detail}
        canWrite={canWrite}
        locale={locale}
        numerals={numerals}
        user={user}
      />
      <RecordHistory actor={user} entityType="case" entityId={detail.id} />
    </>
  );
}
