import { getTranslations } from "next-intl/server";
import type { TReportLabels } from "@/components/reports/report-labels";
import type { TQueueItem, TLinkedRecord } from "@/lib/data/home-staff";
import { CountLink } from "./count-link";

export type Figure = { key: string; name: string; count: number; href: string };

/** One line per figure of the queue: what it counts, and how many, linking to their list. */
export function FigureList({ figures, labels }: { figures: Figure[]; labels: TReportLabels }) {
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {figures.map((f) => (
        <li key={f.key} className="flex flex-wrap items-center gap-3 px-4 py-2 text-sm">
          <span className="min-w-0 flex-1">{f.name}</span>
          <CountLink
            href={f.href}
            text={labels.number(f.count)}
            label={labels.t("openRecords", { count: labels.number(f.count), figure: f.name })}
          />
        </li>
      ))}
    </ul>
  );
}

/** The staff work queue: unplaced records, stale cases, duplicates to review, referrals waiting. */
export async function StaffQueue({
  unplaced,
  stale,
  linked,
  referrals,
  labels,
}: {
  unplaced: TQueueItem[];
  stale: { count: number; href: string } | null;
  linked: { victims: number; suspects: number; latest: TLinkedRecord[] };
  referrals: { status: string; count: number; href: string }[] | null;
  labels: TReportLabels;
}) {
  const t = await getTranslations("home");
  const checkName = (id: string) =>
    labels.t(`checkNames.${id.replaceAll(".", "_")}` as "checkNames.cases_byOffence");
  const figures: Figure[] = [
    ...unplaced.map((u) => ({ key: u.id, name: checkName(u.id), count: u.count, href: u.href })),
    ...(stale ? [{ key: "stale", name: t("queue.stale"), ...stale }] : []),
    ...(referrals ?? []).map((r) => ({
      key: `referrals-${r.status}`,
      name: t(`queue.referrals.${r.status}` as "queue.referrals.REFERRED"),
      count: r.count,
      href: r.href,
    })),
  ];
  return (
    <div className="space-y-6">
      <FigureList figures={figures} labels={labels} />
      <div>
        <h3 className="mb-2 font-semibold text-slate-900">{t("queue.duplicates")}</h3>
        <p className="mb-2 text-sm text-slate-700">
          {t("queue.duplicatesCount", {
            victims: labels.number(linked.victims),
            suspects: labels.number(linked.suspects),
          })}
        </p>
        {linked.latest.length > 0 ? (
          <p className="mb-1 text-sm text-slate-700">{t("queue.duplicatesLatest")}</p>
        ) : null}
        {linked.latest.length > 0 ? (
          <ul className="list-disc space-y-1 pl-6 text-sm">
            {linked.latest.map((r) => (
              <li key={`${r.kind}-${r.id}`}>
                <a href={r.href} className="text-blue-800 underline underline-offset-2">
                  {t(`queue.linked.${r.kind}`, {
                    label: r.label ?? t("noCase"),
                    other: r.linkedToLabel ?? t("noCase"),
                  })}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

/** Referrals waiting on the user's agency, for users who serve referrals but keep no records. */
export async function ReferralsAwaiting({
  referrals,
  labels,
}: {
  referrals: { status: string; count: number; href: string }[];
  labels: TReportLabels;
}) {
  const t = await getTranslations("home");
  const figures = referrals.map((r) => ({
    key: `referrals-${r.status}`,
    name: t(`queue.referrals.${r.status}` as "queue.referrals.REFERRED"),
    count: r.count,
    href: r.href,
  }));
  return <FigureList figures={figures} labels={labels} />;
}
