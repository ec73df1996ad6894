import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { deleteSuspectAction } from "@/lib/actions/delete-suspect";
import { deleteVictimAction } from "@/lib/actions/delete-victim";
import type { CaseDetail } from "@/lib/data/case-detail";
import { countryOptionsCambodiaFirst } from "@/lib/domain/countries";
import { countryName, formatEventDate } from "@/lib/i18n/format";
import { formatNumber, type Numerals } from "@/lib/i18n/numerals";
import type { Locale } from "@/lib/i18n/locales";
import { RecordHistory } from "@/components/audit/record-history";
import { can, type ActingUser } from "@/lib/auth/acting-user";
import { RecordStateButton } from "./record-state-button";
import { SuspectCourtFacts } from "./suspect-court-facts";
import { SuspectCourtForm } from "./suspect-court-form";
import { SuspectForm } from "./suspect-form";
import { suspectFormValues } from "./suspect-form-values";
import { VictimForm } from "./victim-form";
import { victimFormValues } from "./victim-form-values";

type Props = {
  detail: CaseDetail;
  canWrite: boolean;
  locale: Locale;
  numerals: Numerals;
  user: ActingUser;
};

const panel = "rounded-lg border border-slate-200 bg-white p-4";

/** The case's suspects and victims, each editable in place by staff. */
export async function CasePeople({ detail, canWrite, locale, numerals, user }: Props) {
  const [t, tEnum] = await Promise.all([getTranslations("people"), getTranslations("enums")]);
  const editable = canWrite && !detail.deletedAt;
  // A court clerk edits the court fields of the suspects shown (all within their reach).
  const courtOnly = !editable && !detail.deletedAt && can(user, "write:court");
  const countries = countryOptionsCambodiaFirst(locale);
  return (
    <>
      <section aria-labelledby="suspects-heading" className="mt-8 space-y-3">
        <h2 id="suspects-heading" className="text-lg font-semibold">
          {t("suspectsTitle", { count: formatNumber(detail.suspects.length, numerals) })}
        </h2>
        <ul className="space-y-2">
          {detail.suspects.map((s) => {
            return (
              <li key={s.id} className={panel}>
                <p className="font-medium">
                  <span translate="no">{s.name}</span> · {tEnum(`SuspectRole.${s.role}`)} ·{" "}
                  {countryName(s.nationality, locale) ??
                    (s.isForeign ? t("foreignUnspecified") : t("nationalityUnknown"))}
                  {s.arrestedAt
                    ? ` · ${t("arrested", { date: formatEventDate(s.arrestedAt, locale, numerals) ?? "" })}`
                    : ""}
                </p>
                <SuspectCourtFacts suspect={s} locale={locale} numerals={numerals} />
                {editable ? (
                  <div className="mt-2 flex flex-wrap items-start gap-3">
                    <details className="flex-1">
                      <summary className="cursor-pointer text-sm text-brand-700 underline">
                        {t("editSuspect", { name: s.name })}
                      </summary>
                      <div className="mt-3">
                        <SuspectForm
                          countries={countries}
                          caseId={detail.id}
                          initial={suspectFormValues(s)}
                        />
                      </div>
                    </details>
                    <RecordStateButton
                      action={deleteSuspectAction}
                      id={s.id}
                      version={s.version}
                      label={t("removeSuspect", { name: s.name })}
                      pendingLabel={t("saving")}
                    />
                  </div>
                ) : null}
                {courtOnly ? (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-sm text-brand-700 underline">
                      {t("editCourtFields", { name: s.name })}
                    </summary>
                    <div className="mt-3">
                      <SuspectCourtForm initial={suspectFormValues(s)} />
                    </div>
                  </details>
                ) : null}
                <RecordHistory actor={user} entityType="suspect" entityId={s.id} compact />
              </li>
            );
          })}
        </ul>
        {editable ? (
          <details className={panel}>
            <summary className="cursor-pointer font-medium text-brand-700">
              {t("addSuspect")}
            </summary>
            <div className="mt-3">
              <SuspectForm caseId={detail.id} countries={countries} />
            </div>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="victims-heading" className="mt-8 space-y-3">
        <h2 id="victims-heading" className="text-lg font-semibold">
          {t("victimsTitle", { count: formatNumber(detail.victims.length, numerals) })}
        </h2>
        <ul className="space-y-2">
          {detail.victims.map((v) => {
            const label = v.name ? `${v.code} · ${v.name}` : v.code;
            return (
              <li key={v.id} className={panel}>
                <p className="font-medium">
                  {/* Every victim listed here is in the user's scope (findCase filters them by
                      victimScope), so each may be opened; the victim's page checks it again. */}
                  <Link
                    href={`/victims/${v.id}`}
                    className="font-mono text-brand-700 underline underline-offset-2"
                  >
                    {v.code}
                  </Link>
                  {v.name ? (
                    <>
                      {" · "}
                      <span translate="no">{v.name}</span>
                    </>
                  ) : null}{" "}
                  · {tEnum(`Sex.${v.sex}`)} · {tEnum(`ExploitationType.${v.exploitationType}`)}
                  {v.rescuedAt
                    ? ` · ${t("rescued", { date: formatEventDate(v.rescuedAt, locale, numerals) ?? "" })}`
                    : ""}
                </p>
                {editable && v.name !== undefined ? (
                  <div className="mt-2 flex flex-wrap items-start gap-3">
                    <details className="flex-1">
                      <summary className="cursor-pointer text-sm text-brand-700 underline">
                        {t("editVictim", { name: label })}
                      </summary>
                      <div className="mt-3">
                        <VictimForm
                          countries={countries}
                          caseId={detail.id}
                          initial={victimFormValues(v)}
                        />
                      </div>
                    </details>
                    <RecordStateButton
                      action={deleteVictimAction}
                      id={v.id}
                      version={v.version}
                      label={t("removeVictim", { name: v.code })}
                      pendingLabel={t("saving")}
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
        {editable ? (
          <details className={panel}>
            <summary className="cursor-pointer font-medium text-brand-700">
              {t("addVictim")}
            </summary>
            <div className="mt-3">
              <VictimForm caseId={detail.id} countries={countries} />
            </div>
          </details>
        ) : null}
      </section>
    </>
  );
}
