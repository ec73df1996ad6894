import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TReportLabels } from "@/components/reports/report-labels";
import { IDLE_DAYS, type TAccountRow } from "@/lib/data/home-accounts";

const GROUPS = ["locked", "neverUsed", "idle"] as const;

/** Active accounts that need a look, in three lists, each account opening its admin page. */
export async function AccountsHome({
  accounts,
  labels,
}: {
  accounts: Record<(typeof GROUPS)[number], { rows: TAccountRow[]; total: number }>;
  labels: TReportLabels;
}) {
  const t = await getTranslations("home.accounts");
  const days = labels.number(IDLE_DAYS);
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      {GROUPS.map((group) => (
        <section
          key={group}
          aria-labelledby={`accounts-${group}`}
          className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
        >
          <h3 id={`accounts-${group}`} className="font-semibold text-slate-900">
            {t(`${group}.title`, { n: labels.number(accounts[group].total), days })}
          </h3>
          <p className="mb-2 text-sm text-slate-600">{t(`${group}.intro`, { days })}</p>
          {accounts[group].rows.length === 0 ? (
            <p className="text-sm text-slate-600">{t("none")}</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {accounts[group].rows.map((a) => (
                <li key={a.id}>
                  <Link
                    href={`/admin/users/${a.id}`}
                    prefetch={false}
                    translate="no"
                    className="text-blue-800 underline underline-offset-2"
                  >
                    {a.email}
                  </Link>
                  <span className="block text-slate-600">
                    {t(`${group}.at`, { date: labels.dateTime(a.at) })}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {accounts[group].total > accounts[group].rows.length ? (
            <p className="mt-2 text-sm text-slate-600">
              {t("shown", {
                shown: labels.number(accounts[group].rows.length),
                total: labels.number(accounts[group].total),
              })}
            </p>
          ) : null}
        </section>
      ))}
    </div>
  );
}
