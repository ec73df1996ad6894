import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { VerifyChainButton } from "@/components/audit/verify-chain-button";
import type { TReportLabels } from "@/components/reports/report-labels";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { findChainState, findRecentOutputs } from "@/lib/data/home-audit";
import { CHAIN_TAIL_CHECKED } from "@/lib/data/home-audit";
import { isAuditAction } from "@/lib/domain/audit-actions";
import { withNumerals } from "@/lib/i18n/numerals";

type Outputs = Awaited<ReturnType<typeof findRecentOutputs>>;
type Chain = Awaited<ReturnType<typeof findChainState>>;

/** The newest exports and publications: when, who, what, and which year or record. */
export async function RecentOutputs({ rows, labels }: { rows: Outputs; labels: TReportLabels }) {
  const [t, tAudit] = await Promise.all([getTranslations("home"), getTranslations("audit")]);
  if (rows.length === 0) return <p className="text-slate-600">{t("outputs.none")}</p>;
  const action = (code: string) => (isAuditAction(code) ? tAudit(`actionLabels.${code}`) : code);
  return (
    <Table label={t("outputs.table")}>
      <TableHeader>
        <TableRow>
          <TableHead>{tAudit("when")}</TableHead>
          <TableHead>{tAudit("actor")}</TableHead>
          <TableHead>{tAudit("action")}</TableHead>
          <TableHead>{tAudit("entity")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={String(r.id)}>
            <TableHead scope="row" className="font-normal tabular-nums">
              {labels.dateTime(r.occurredAt)}
            </TableHead>
            <TableCell translate={r.actorEmail ? "no" : undefined}>
              {r.actorEmail ?? tAudit("system")}
            </TableCell>
            <TableCell>
              <Link
                href={`/audit?action=${encodeURIComponent(r.action)}`}
                prefetch={false}
                className="text-blue-800 underline underline-offset-2"
              >
                {action(r.action)}
              </Link>
            </TableCell>
            <TableCell className="tabular-nums">
              {r.entityId ? withNumerals(r.entityId, labels.numerals) : "—"}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The chain's head, a check of its newest events, and the last head a publication recorded. */
export async function ChainState({ chain, labels }: { chain: Chain; labels: TReportLabels }) {
  const t = await getTranslations("home.chain");
  const id = (value: string) => withNumerals(value, labels.numerals);
  const { head, tail, lastAnchor } = chain;
  return (
    <div className="space-y-3 text-sm">
      <p>{head ? t("head", { id: id(head.id), count: labels.number(head.count) }) : t("empty")}</p>
      {head ? (
        <p className="font-mono text-xs break-all text-slate-700" translate="no">
          {head.hash}
        </p>
      ) : null}
      <p
        className={
          tail.ok
            ? "rounded-md border border-green-300 bg-green-50 px-3 py-2"
            : "rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-800"
        }
      >
        {tail.ok
          ? t("tailOk", { count: labels.number(tail.checked) })
          : t("tailBroken", { id: id(tail.brokenId ?? "?") })}{" "}
        {t("tailNote", { limit: labels.number(CHAIN_TAIL_CHECKED) })}
      </p>
      <p>
        {lastAnchor
          ? t(lastAnchor.holds ? "anchorHolds" : "anchorBroken", {
              year: labels.year(lastAnchor.year),
              revision: labels.number(lastAnchor.revision),
              date: labels.dateTime(lastAnchor.at),
              id: id(lastAnchor.eventId),
            })
          : t("noAnchor")}
      </p>
      <p className="text-slate-600">
        {t.rich("anchorNote", {
          code: (chunks) => (
            <code translate="no" className="rounded bg-slate-100 px-1 text-xs">
              {chunks}
            </code>
          ),
        })}
      </p>
      <VerifyChainButton />
    </div>
  );
}
