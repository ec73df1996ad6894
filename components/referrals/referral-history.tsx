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
import { formatEventDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Numerals } from "@/lib/i18n/numerals";

type Event = {
  id: bigint;
  status: string;
  at: Date;
  note: string | null;
  actor: { name: string } | null;
};
type Visit = {
  id: string;
  visitedAt: Date;
  visitedBy: string | null;
  outcome: string | null;
  reintegration: string;
  createdBy: { name: string } | null;
};

/** A referral's status history and its follow-up visits, each a table, oldest first. */
export async function ReferralHistory({
  events,
  visits,
  locale,
  numerals,
}: {
  events: Event[];
  visits: Visit[];
  locale: Locale;
  numerals: Numerals;
}) {
  const [t, tEnum] = await Promise.all([getTranslations("referrals"), getTranslations("enums")]);
  const date = (d: Date) => formatEventDate(d, locale, numerals);
  return (
    <>
      <h2 className="mt-6 mb-2 text-lg font-semibold">{t("history")}</h2>
      <Table label={t("history")}>
        <TableCaption>{t("historyCaption")}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead scope="col">{t("status")}</TableHead>
            <TableHead scope="col">{t("when")}</TableHead>
            <TableHead scope="col">{t("who")}</TableHead>
            <TableHead scope="col">{t("note")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {events.map((e) => (
            <TableRow key={e.id.toString()}>
              <TableHead scope="row">{tEnum(`ReferralStatus.${e.status}`)}</TableHead>
              <TableCell>{date(e.at)}</TableCell>
              <TableCell translate="no">{e.actor?.name ?? "—"}</TableCell>
              <TableCell translate="no">{e.note ?? "—"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <h2 className="mt-6 mb-2 text-lg font-semibold">{t("followUps")}</h2>
      {visits.length === 0 ? (
        <p>{t("noFollowUps")}</p>
      ) : (
        <Table label={t("followUps")}>
          <TableCaption>{t("followUpsCaption")}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">{t("visitedAt")}</TableHead>
              <TableHead scope="col">{t("reintegration")}</TableHead>
              <TableHead scope="col">{t("visitedBy")}</TableHead>
              <TableHead scope="col">{t("outcome")}</TableHead>
              <TableHead scope="col">{t("recordedBy")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {visits.map((v) => (
              <TableRow key={v.id}>
                <TableHead scope="row">{date(v.visitedAt)}</TableHead>
                <TableCell>{tEnum(`ReintegrationStatus.${v.reintegration}`)}</TableCell>
                <TableCell translate="no">{v.visitedBy ?? "—"}</TableCell>
                <TableCell translate="no">{v.outcome ?? "—"}</TableCell>
                <TableCell translate="no">{v.createdBy?.name ?? "—"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
