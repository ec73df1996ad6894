import Link from "next/link";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { RecordHistory } from "@/components/audit/record-history";
import { DeletedNotice, RecordFacts } from "@/components/records/record-facts";
import { VictimReferrals } from "@/components/referrals/victim-referrals";
import { RecordStateButton } from "@/components/records/record-state-button";
import { VictimForm } from "@/components/records/victim-form";
import { victimFormValues } from "@/components/records/victim-form-values";
import { PageHeader } from "@/components/ui/page-header";
import { deleteVictimAction } from "@/lib/actions/delete-victim";
import { restoreVictimAction } from "@/lib/actions/restore-victim";
import { can, type ActingUser } from "@/lib/auth/acting-user";
import { mayWriteVictim, reachesRecords } from "@/lib/auth/scope";
import { getRequestContext } from "@/lib/auth/request-context";
import { requireUser, getUiNumerals } from "@/lib/auth/current-user";
import { findVictim } from "@/lib/data/victim-detail";
import { countryOptionsCambodiaFirst } from "@/lib/domain/countries";
import { AppError } from "@/lib/errors";
import { countryName, formatCalendarDate, formatEventDate, provinceName } from "@/lib/i18n/format";
import { formatNumber } from "@/lib/i18n/numerals";
import { getUiLocale } from "@/lib/i18n/server";

type Victim = Awaited<ReturnType<typeof findVictim>>;

function canWrite(user: ActingUser, v: Victim) {
  const provinceId = v.rescueProvinceId ?? v.case?.provinceId ?? null;
  return mayWriteVictim(user, { provinceId, rescuedAbroad: v.rescuedAbroad });
}

export default async function VictimPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("read:record");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const v = await findVictim(user, id, await getRequestContext()).catch((err) => {
    if (err instanceof AppError && err.code === "not-found") notFound();
    throw err;
  });
  const [t, tEnum, locale, numerals] = await Promise.all([
    getTranslations("victims"),
    getTranslations("enums"),
    getUiLocale(),
    getUiNumerals(),
  ]);
  const writable = canWrite(user, v) && v.name !== undefined;
  const place = v.rescuedAbroad
    ? (countryName(v.rescueCountry, locale) ?? t("countryUnspecified"))
    : (provinceName(v.rescueProvince, locale) ?? t("placeUnknown"));
  // The age the report counts, and where it came from (lib/filters/victim-age-sql.ts).
  const age =
    v.age.years === null
      ? v.age.source === "born-after-rescue"
        ? t("ageBornAfterRescue")
        : "—"
      : t(v.age.source === "birth" ? "ageFromBirth" : "ageRecorded", {
          years: formatNumber(v.age.years, numerals),
        });
  const dateOfBirth = (date: Date | null): [string, ReactNode] => [
    t("dateOfBirth"),
    formatCalendarDate(date, locale, numerals) ?? t("birthNotRecorded"),
  ];
  const facts: [string, ReactNode][] = [
    [t("sex"), tEnum(`Sex.${v.sex}`)],
    [t("age"), age],
    // Selected only for roles that may see identities (lib/data/victim-detail.ts).
    ...(v.dateOfBirth === undefined ? [] : [dateOfBirth(v.dateOfBirth)]),
    [t("nationality"), countryName(v.nationality, locale) ?? "—"],
    [t("rescuedAt"), formatEventDate(v.rescuedAt, locale, numerals) ?? "—"],
    [t("place"), place],
    [t("agency"), tEnum(`RescuingAgency.${v.rescuingAgency}`)],
    [t("exploitation"), tEnum(`ExploitationType.${v.exploitationType}`)],
  ];
  // Foreign Affairs and providers read no cases: the victim's case is not theirs to open.
  if (reachesRecords(user, "case")) {
    facts.push([
      t("case"),
      v.case ? (
        <Link className="text-brand-700 underline" href={`/cases/${v.case.id}`}>
          {v.case.reference}
        </Link>
      ) : (
        t("noCase")
      ),
    ]);
  }
  return (
    <>
      <PageHeader
        title={<span translate="no">{v.name ? `${v.code} · ${v.name}` : v.code}</span>}
        intro={t("pseudonymNote")}
      />
      {v.deletedAt ? (
        <DeletedNotice
          message={t("deletedNotice")}
          restore={
            writable ? (
              <RecordStateButton
                action={restoreVictimAction}
                id={v.id}
                version={v.version}
                label={t("restore")}
                pendingLabel={t("saving")}
              />
            ) : null
          }
        />
      ) : null}
      <RecordFacts facts={facts} />
      {writable && !v.deletedAt ? (
        <div className="mt-4 flex flex-wrap items-start gap-3">
          <details className="flex-1 rounded-lg border border-slate-200 bg-white p-4">
            <summary className="cursor-pointer font-medium text-brand-700">{t("edit")}</summary>
            <div className="mt-3">
              <VictimForm
                countries={countryOptionsCambodiaFirst(locale)}
                caseId={v.case?.id}
                initial={victimFormValues(v)}
              />
            </div>
          </details>
          <RecordStateButton
            action={deleteVictimAction}
            id={v.id}
            version={v.version}
            label={t("delete")}
            pendingLabel={t("saving")}
          />
        </div>
      ) : null}
      <VictimReferrals
        user={user}
        victimId={v.id}
        canRefer={can(user, "write:referral") && canWrite(user, v) && !v.deletedAt}
      />
      <RecordHistory actor={user} entityType="victim" entityId={v.id} />
    </>
  );
}
