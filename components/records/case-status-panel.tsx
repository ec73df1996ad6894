import { getTranslations } from "next-intl/server";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { ActingUser } from "@/lib/auth/acting-user";
import { findCaseActivity } from "@/lib/data/case-activity";
import { findCaseStatusHistory } from "@/lib/data/case-status";
import { allowedTransitions } from "@/lib/domain/case-workflow";
import type { CaseCloseReason, CaseStatus } from "@/lib/generated/prisma/enums";
import { formatEventDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { countedValues, type Numerals } from "@/lib/i18n/numerals";
import { todayInPhnomPenh } from "@/lib/validation/common";
import { CaseStatusForm } from "./case-status-form";

type Props = {
  user: ActingUser;
  kase: {
    id: string;
    version: number;
    status: CaseStatus;
    statusChangedAt: Date | null;
    closeReason: CaseCloseReason | null;
    deletedAt: Date | null;
  };
  canChange: boolean;
  locale: Locale;
  numerals: Numerals;
};

/** A case's status: where it stands and since when, whether it is stale, the form that moves it
 * on (for those who may), and every change so far, oldest first (decision 0036). */
export async function CaseStatusPanel({ user, kase, canChange, locale, numerals }: Props) {
  const [t, tEnum, history, activity] = await Promise.all([
    getTranslations("caseWorkflow"),
    getTranslations("enums"),
    findCaseStatusHistory(user, kase.id),
    findCaseActivity(user, kase.id),
  ]);
  const date = (d: Date | null) => formatEventDate(d, locale, numerals) ?? t("noDate");
  const status = tEnum(`CaseStatus.${kase.status}`);
  return (
    <section aria-labelledby="status-heading" className="mt-8">
      <h2 id="status-heading" className="mb-3 text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm">
        {kase.statusChangedAt
          ? t("currentSince", { status, date: date(kase.statusChangedAt) })
          : t("current", { status })}
        {kase.closeReason
          ? ` ${t("closedBecause", { reason: tEnum(`CaseCloseReason.${kase.closeReason}`) })}`
          : null}
      </p>
      {activity?.stale ? (
        <p className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t(
            "staleNotice",
            countedValues(
              {
                days: activity.days,
                since: date(activity.staleSince),
                last: date(activity.lastActivityAt),
              },
              numerals,
            ),
          )}
        </p>
      ) : null}
      {canChange && !kase.deletedAt ? (
        <details className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-medium text-brand-700">
            {t("changeStatus")}
          </summary>
          <div className="mt-3">
            <CaseStatusForm
              key={kase.version}
              id={kase.id}
              version={kase.version}
              moves={allowedTransitions(kase.status)}
              today={todayInPhnomPenh()}
            />
          </div>
        </details>
      ) : null}
      <h3 className="mt-6 mb-2 font-semibold">{t("history")}</h3>
      <Table label={t("historyTable")}>
        <TableCaption>{t("historyCaption")}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead>{t("columns.date")}</TableHead>
            <TableHead>{t("columns.change")}</TableHead>
            <TableHead>{t("columns.by")}</TableHead>
            <TableHead>{t("columns.closeReason")}</TableHead>
            <TableHead>{t("columns.note")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {history.map((h) => (
            <TableRow key={String(h.id)}>
              <TableCell>
                <time dateTime={h.at.toISOString()}>{date(h.at)}</time>
              </TableCell>
              <TableCell>
                {h.fromStatus
                  ? t("fromTo", {
                      from: tEnum(`CaseStatus.${h.fromStatus}`),
                      to: tEnum(`CaseStatus.${h.toStatus}`),
                    })
                  : t("first", { to: tEnum(`CaseStatus.${h.toStatus}`) })}
              </TableCell>
              <TableCell>
                <span translate="no">{h.actor ? h.actor.name || h.actor.email : t("nobody")}</span>
              </TableCell>
              <TableCell>
                {h.closeReason ? tEnum(`CaseCloseReason.${h.closeReason}`) : ""}
              </TableCell>
              <TableCell>
                {h.note ? (
                  <span translate="no" className="whitespace-pre-line">
                    {h.note}
                  </span>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
