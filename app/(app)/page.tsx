import { getTranslations } from "next-intl/server";
import { AccountsHome } from "@/components/home/accounts-home";
import { ChainState, RecentOutputs } from "@/components/home/audit-home";
import { HomeSection } from "@/components/home/home-section";
import { RecentEntries } from "@/components/home/recent-entries";
import { ReferralsAwaiting, StaffQueue } from "@/components/home/staff-queue";
import { VictimTrends } from "@/components/home/victim-trends";
import { YearStatusTable } from "@/components/home/year-status-table";
import { HistoryChart } from "@/components/reports/history-chart";
import { getReportLabels } from "@/components/reports/report-labels";
import { PageHeader } from "@/components/ui/page-header";
import { can, type ActingUser } from "@/lib/auth/acting-user";
import { requireUser } from "@/lib/auth/current-user";
import { findAccountsNeedingAttention } from "@/lib/data/home-accounts";
import { findChainState, findRecentOutputs } from "@/lib/data/home-audit";
import { findYearStatuses } from "@/lib/data/home-publications";
import { findRecentEntries } from "@/lib/data/home-recent";
import {
  countReferralsAwaiting,
  countStaleCases,
  findLinkedRecords,
  findUnplacedRecords,
} from "@/lib/data/home-staff";
import { findVictimTrends } from "@/lib/data/home-trends";

export async function generateMetadata() {
  return { title: (await getTranslations("home"))("title") };
}

// Each section appears for what the user may do, not for their role's name: a user of another
// agency with a narrower grant gets the sections of the permissions it holds. Each data function
// checks the same permission again.
const when = <T,>(ok: boolean, load: () => Promise<T>) => (ok ? load() : Promise.resolve(null));

async function loadHome(user: ActingUser) {
  // Those who keep records (case staff, Foreign Affairs, court clerks) get the work queue of what
  // their reach holds, and their recent entries.
  const works = can(user, "read:record") && (can(user, "write:record") || can(user, "write:court"));
  const [queue, recent, referrals, years, trends, outputs, chain, accounts] = await Promise.all([
    when(works, () =>
      Promise.all([findUnplacedRecords(user), countStaleCases(user), findLinkedRecords(user)]),
    ),
    when(works, () => findRecentEntries(user)),
    when(can(user, "read:referral") && can(user, "write:referral"), () =>
      countReferralsAwaiting(user),
    ),
    when(can(user, "read:report"), () => findYearStatuses(user)),
    when(can(user, "publish:report"), () => findVictimTrends(user)),
    when(can(user, "read:audit"), () => findRecentOutputs(user)),
    when(can(user, "read:audit"), () => findChainState(user)),
    when(can(user, "manage:user"), () => findAccountsNeedingAttention(user)),
  ]);
  return { queue, recent, referrals, years, trends, outputs, chain, accounts };
}

export default async function HomePage() {
  const user = await requireUser();
  const [t, tReports, labels, home] = await Promise.all([
    getTranslations("home"),
    getTranslations("reports"),
    getReportLabels(),
    loadHome(user),
  ]);
  const { queue, recent, referrals, years, trends, outputs, chain, accounts } = home;
  const publishes = can(user, "publish:report");
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      {queue ? (
        <HomeSection id="queue" title={t("queue.title")} intro={t("queue.intro")}>
          <StaffQueue
            unplaced={queue[0]}
            stale={queue[1]}
            linked={queue[2]}
            referrals={referrals}
            labels={labels}
          />
        </HomeSection>
      ) : null}
      {!queue && referrals ? (
        <HomeSection id="referrals" title={t("referrals.title")} intro={t("referrals.intro")}>
          <ReferralsAwaiting referrals={referrals} labels={labels} />
        </HomeSection>
      ) : null}
      {recent ? (
        <HomeSection id="recent" title={t("recent.title")} intro={t("recent.intro")}>
          <RecentEntries entries={recent} labels={labels} />
        </HomeSection>
      ) : null}
      {accounts ? (
        <HomeSection id="accounts" title={t("accounts.title")} intro={t("accounts.intro")}>
          <AccountsHome accounts={accounts} labels={labels} />
        </HomeSection>
      ) : null}
      {chain ? (
        <HomeSection id="chain" title={t("chain.title")}>
          <ChainState chain={chain} labels={labels} />
        </HomeSection>
      ) : null}
      {outputs ? (
        <HomeSection id="outputs" title={t("outputs.title")} intro={t("outputs.intro")}>
          <RecentOutputs rows={outputs} labels={labels} />
        </HomeSection>
      ) : null}
      {years ? (
        <HomeSection
          id="years"
          title={publishes ? t("publication.sectionTitle") : t("years.title")}
          intro={t("years.intro")}
        >
          {/* With the publication column the table needs the width: the chart goes above it. */}
          <div className={publishes ? "space-y-6" : "grid gap-6 xl:grid-cols-2"}>
            <HistoryChart
              data={years}
              label={t("years.chartLabel")}
              names={{
                cases: tReports("cases"),
                arrests: tReports("arrests"),
                victims: tReports("victims"),
                abroad: tReports("abroad"),
              }}
              numerals={labels.numerals}
            />
            <YearStatusTable years={years} labels={labels} showPublication={publishes} />
          </div>
        </HomeSection>
      ) : null}
      {trends ? (
        <HomeSection id="trends" title={t("trends.title")} intro={t("trends.intro")}>
          <VictimTrends trends={trends} labels={labels} />
        </HomeSection>
      ) : null}
    </>
  );
}
