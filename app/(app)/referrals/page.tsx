import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ReferralFilters } from "@/components/referrals/referral-filters";
import {
  RecordsTable,
  type RecordColumn,
  type RecordRow,
} from "@/components/records/records-table";
import { PageHeader } from "@/components/ui/page-header";
import { getUiNumerals, requireUser } from "@/lib/auth/current-user";
import { findProviders, findReferrals } from "@/lib/data/referrals";
import { parseReferralFilters, referralListHref } from "@/lib/filters/referral-filters";
import { formatEventDate, provinceName } from "@/lib/i18n/format";
import { countedValues, formatNumber } from "@/lib/i18n/numerals";
import { getUiLocale } from "@/lib/i18n/server";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata() {
  return { title: (await getTranslations("referrals"))("title") };
}

/** The queue of referrals: a provider's own, and staff's in their scope. Victim codes, no names. */
export default async function ReferralsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("read:referral");
  const { filters, errors } = parseReferralFilters(await searchParams);
  const [t, tEnum, locale, numerals, list, providers] = await Promise.all([
    getTranslations("referrals"),
    getTranslations("enums"),
    getUiLocale(),
    getUiNumerals(),
    findReferrals(user, filters),
    findProviders(),
  ]);
  const date = (d: Date | null) => formatEventDate(d, locale, numerals) ?? "—";
  const columns: RecordColumn[] = [
    { id: "victim", header: t("victimCode"), mono: true },
    { id: "service", header: t("service") },
    { id: "provider", header: t("provider") },
    { id: "status", header: t("status") },
    { id: "referredAt", header: t("referredAt") },
    { id: "statusAt", header: t("statusAt") },
    { id: "providedAt", header: t("providedAt") },
  ];
  const rows: RecordRow[] = list.rows.map((r) => ({
    id: r.id,
    href: `/referrals/${r.id}`,
    cells: {
      victim: r.victim.code,
      service: tEnum(`ServiceType.${r.service}`),
      provider: provinceName(r.provider, locale) ?? r.provider.code,
      status: tEnum(`ReferralStatus.${r.status}`),
      referredAt: date(r.referredAt),
      statusAt: date(r.statusAt),
      providedAt: date(r.providedAt),
    },
  }));
  const pageLink = (page: number) => referralListHref({ ...filters, page });
  const link = "text-brand-700 underline underline-offset-2";
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <ReferralFilters
        filters={filters}
        errors={errors}
        providers={providers.map((p) => ({
          value: String(p.id),
          label: provinceName(p, locale) ?? p.code,
        }))}
      />
      <p className="mb-2 text-sm text-slate-700" role="status">
        {t("total", countedValues({ total: list.total }, numerals))}
      </p>
      {list.rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <RecordsTable
          label={t("title")}
          caption={t("caption")}
          emptyText={t("empty")}
          columns={columns}
          rows={rows}
          sort=""
          path="/referrals"
          query=""
        />
      )}
      {list.pages > 1 ? (
        <nav aria-label={t("pages")} className="mt-4 flex gap-4">
          <span>
            {t("page", {
              page: formatNumber(list.page, numerals),
              pages: formatNumber(list.pages, numerals),
            })}
          </span>
          {list.page > 1 ? (
            <Link className={link} href={pageLink(list.page - 1)}>
              {t("previousPage")}
            </Link>
          ) : null}
          {list.page < list.pages ? (
            <Link className={link} href={pageLink(list.page + 1)}>
              {t("nextPage")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
