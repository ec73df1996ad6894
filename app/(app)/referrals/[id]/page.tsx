import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { FollowUpForm } from "@/components/referrals/follow-up-form";
import { ReferralHistory } from "@/components/referrals/referral-history";
import { ReferralStatusForm } from "@/components/referrals/status-form";
import { RecordFacts } from "@/components/records/record-facts";
import { PageHeader } from "@/components/ui/page-header";
import { getRequestContext } from "@/lib/auth/request-context";
import { getUiNumerals, requireUser } from "@/lib/auth/current-user";
import { findReferral } from "@/lib/data/referrals";
import {
  acceptsFollowUps,
  nextReferralStatuses,
  REINTEGRATION_STATUSES,
} from "@/lib/domain/referrals";
import { AppError } from "@/lib/errors";
import { formatEventDate, provinceName } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";
import { todayInPhnomPenh } from "@/lib/validation/common";

export async function generateMetadata() {
  return { title: (await getTranslations("referrals"))("title") };
}

/** One referral: its facts, status history and follow-ups, and the forms its updaters get. */
export default async function ReferralPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("read:referral");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const r = await findReferral(user, id, await getRequestContext()).catch((err) => {
    if (err instanceof AppError && err.code === "not-found") notFound();
    throw err;
  });
  const [t, tEnum, locale, numerals] = await Promise.all([
    getTranslations("referrals"),
    getTranslations("enums"),
    getUiLocale(),
    getUiNumerals(),
  ]);
  const date = (d: Date | null) => formatEventDate(d, locale, numerals) ?? "—";
  const next = nextReferralStatuses(r.status);
  const today = todayInPhnomPenh();
  // The victim's page is for those with the victim in scope: a provider gets no link to it.
  const victim = r.victimName ? `${r.victim.code} · ${r.victimName}` : r.victim.code;
  return (
    <>
      <PageHeader title={<span translate="no">{t("detailTitle", { code: r.victim.code })}</span>} />
      <RecordFacts
        facts={[
          [
            t("victim"),
            r.victimInScope ? (
              <Link
                key="v"
                className="text-brand-700 underline"
                href={`/victims/${r.victim.id}`}
                translate="no"
              >
                {victim}
              </Link>
            ) : (
              <span key="v" translate="no">
                {victim}
              </span>
            ),
          ],
          [t("service"), tEnum(`ServiceType.${r.service}`)],
          [t("provider"), provinceName(r.provider, locale) ?? r.provider.code],
          [t("status"), tEnum(`ReferralStatus.${r.status}`)],
          [t("referredAt"), date(r.referredAt)],
          [t("providedAt"), date(r.providedAt)],
          [
            t("referredBy"),
            <span key="b" translate="no">
              {r.createdBy?.name ?? "—"}
            </span>,
          ],
          [
            t("note"),
            <span key="n" translate="no">
              {r.note ?? "—"}
            </span>,
          ],
        ]}
      />
      <ReferralHistory events={r.events} visits={r.followUps} locale={locale} numerals={numerals} />
      {r.writable ? (
        <div className="mt-6 grid gap-4 lg:grid-cols-2">
          <section className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="mb-3 text-lg font-semibold">{t("changeStatus")}</h2>
            {next.length === 0 ? (
              <p>{t("finalStatus", { status: tEnum(`ReferralStatus.${r.status}`) })}</p>
            ) : (
              <ReferralStatusForm
                key={r.version}
                id={r.id}
                version={r.version}
                today={today}
                next={next.map((s) => ({ value: s, label: tEnum(`ReferralStatus.${s}`) }))}
              />
            )}
          </section>
          {acceptsFollowUps(r.status) ? (
            <section className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 className="mb-3 text-lg font-semibold">{t("addFollowUp")}</h2>
              <FollowUpForm
                key={r.followUps.length}
                referralId={r.id}
                today={today}
                statuses={REINTEGRATION_STATUSES.map((s) => ({
                  value: s,
                  label: tEnum(`ReintegrationStatus.${s}`),
                }))}
              />
            </section>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
