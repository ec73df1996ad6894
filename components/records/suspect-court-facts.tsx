import { getTranslations } from "next-intl/server";
import { LSHTSE_OFFERED, parseChargeCode } from "@/lib/domain/charges";
import { formatEventDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { formatNumber, formatYear, type Numerals } from "@/lib/i18n/numerals";
import { courtName } from "./court-name";

type CourtRecord = {
  chargedAt: Date | null;
  courtProvinceId: number | null;
  chargeArticles: string[];
  charges: string | null;
  courtOutcome: string | null;
  verdictAt: Date | null;
  sentenceMonths: number | null;
  sentenceSuspended: boolean | null;
  fineRiel: number | null;
  appealStatus: string | null;
};

const TITLED = new Set(LSHTSE_OFFERED.filter((a) => a.titled).map((a) => a.article));

/** A suspect's court proceedings on the case page, one line each: charge, articles, verdict. */
export async function SuspectCourtFacts({
  suspect: s,
  locale,
  numerals,
}: {
  suspect: CourtRecord;
  locale: Locale;
  numerals: Numerals;
}) {
  const [t, tEnum] = await Promise.all([getTranslations("court"), getTranslations("enums")]);
  const date = (d: Date | null) => formatEventDate(d, locale, numerals) ?? "";
  const n = (v: number) => formatNumber(v, numerals, { useGrouping: false });
  const article = (code: string) => {
    const a = parseChargeCode(code);
    if (!a) return code;
    if (a.instrument === "CC") return t("criminalCodeArticle", { article: n(a.article) });
    const short = t("lawArticleShort", { year: formatYear(2008, numerals), article: n(a.article) });
    return TITLED.has(a.article) ? `${short} (${t(`titles.${a.article}` as "titles.10")})` : short;
  };
  const charge = [
    s.chargedAt ? t("charged", { date: date(s.chargedAt) }) : null,
    courtName(s.courtProvinceId, locale, t),
    ...s.chargeArticles.map(article),
  ].filter(Boolean);
  const verdict = [
    s.courtOutcome
      ? s.verdictAt
        ? t("verdictLine", {
            verdict: tEnum(`CourtOutcome.${s.courtOutcome}` as "CourtOutcome.PENDING"),
            date: date(s.verdictAt),
          })
        : tEnum(`CourtOutcome.${s.courtOutcome}` as "CourtOutcome.PENDING")
      : null,
    s.sentenceMonths !== null ? t("sentence", { months: n(s.sentenceMonths) }) : null,
    s.sentenceSuspended ? t("suspended") : null,
    s.fineRiel !== null ? t("fine", { amount: formatNumber(s.fineRiel, numerals) }) : null,
    s.appealStatus
      ? t("appeal", { status: tEnum(`AppealStatus.${s.appealStatus}` as "AppealStatus.NONE") })
      : null,
  ].filter(Boolean);
  if (charge.length === 0 && verdict.length === 0 && !s.charges) return null;
  return (
    <div className="mt-1 text-sm text-slate-700">
      <p className="font-medium text-slate-800">{t("legend")}</p>
      {charge.length ? <p>{charge.join(" · ")}</p> : null}
      {s.charges ? <p translate="no">{s.charges}</p> : null}
      {verdict.length ? <p>{verdict.join(" · ")}</p> : null}
    </div>
  );
}
