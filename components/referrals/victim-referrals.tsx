import { getTranslations } from "next-intl/server";
import Link from "next/link";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { can, type ActingUser } from "@/lib/auth/acting-user";
import { findProviders, findVictimReferrals } from "@/lib/data/referrals";
import { formatEventDate, provinceName } from "@/lib/i18n/format";
import { formatNumber } from "@/lib/i18n/numerals";
import { getUiLocale } from "@/lib/i18n/server";
import { getUiNumerals } from "@/lib/auth/current-user";
import { todayInPhnomPenh } from "@/lib/validation/common";
import { SERVICE_TYPES } from "@/lib/validation/victim";
import { ReferForm } from "./refer-form";

/** The victim page's "Referrals" section: each referral with its status, and the Refer form for
 * those who may write the victim (`canRefer`: the page's own check of the victim's scope). */
export async function VictimReferrals({
  user,
  victimId,
  canRefer,
}: {
  user: ActingUser;
  victimId: string;
  canRefer: boolean;
}) {
  if (!can(user, "read:referral")) return null;
  const [t, tEnum, locale, numerals, referrals, providers] = await Promise.all([
    getTranslations("referrals"),
    getTranslations("enums"),
    getUiLocale(),
    getUiNumerals(),
    findVictimReferrals(user, victimId),
    canRefer ? findProviders() : Promise.resolve([]),
  ]);
  const date = (d: Date | null) => formatEventDate(d, locale, numerals) ?? "—";
  return (
    <section aria-labelledby="victim-referrals" className="mt-6">
      <h2 id="victim-referrals" className="mb-1 text-lg font-semibold">
        {t("victimSection")}
      </h2>
      <p className="mb-3 text-sm text-slate-700">{t("victimSectionIntro")}</p>
      {referrals.length === 0 ? (
        <p className="mb-3">{t("noReferrals")}</p>
      ) : (
        <Table label={t("victimSection")}>
          <TableCaption>{t("victimSectionIntro")}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">{t("service")}</TableHead>
              <TableHead scope="col">{t("provider")}</TableHead>
              <TableHead scope="col">{t("status")}</TableHead>
              <TableHead scope="col">{t("referredAt")}</TableHead>
              <TableHead scope="col">{t("providedAt")}</TableHead>
              <TableHead scope="col">{t("followUpCount")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {referrals.map((r) => (
              <TableRow key={r.id}>
                <TableHead scope="row">
                  <Link className="text-brand-700 underline" href={`/referrals/${r.id}`}>
                    {tEnum(`ServiceType.${r.service}`)}
                  </Link>
                </TableHead>
                <TableCell>{provinceName(r.provider, locale) ?? r.provider.code}</TableCell>
                <TableCell>{tEnum(`ReferralStatus.${r.status}`)}</TableCell>
                <TableCell>{date(r.referredAt)}</TableCell>
                <TableCell>{date(r.providedAt)}</TableCell>
                <TableCell>{formatNumber(r._count.followUps, numerals)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {canRefer ? (
        <details className="mt-3 rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-medium text-brand-700">{t("refer")}</summary>
          <div className="mt-3">
            <ReferForm
              victimId={victimId}
              today={todayInPhnomPenh()}
              services={SERVICE_TYPES.map((s) => ({ value: s, label: tEnum(`ServiceType.${s}`) }))}
              providers={providers.map((p) => ({
                value: String(p.id),
                label: provinceName(p, locale) ?? p.code,
                services: p.services,
              }))}
            />
          </div>
        </details>
      ) : null}
    </section>
  );
}
