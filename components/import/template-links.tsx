import { useTranslations } from "next-intl";
import { IMPORT_KINDS } from "@/lib/import/columns";

const FORMATS = ["csv", "xlsx"] as const;
const LANGS = ["en", "km"] as const;

/** Download links for the empty templates: each kind, English or Khmer headers, CSV or XLSX. */
export function TemplateLinks() {
  const t = useTranslations("import");
  return (
    <section aria-labelledby="import-templates" className="space-y-2">
      <h2 id="import-templates" className="text-lg font-semibold text-slate-900">
        {t("templates")}
      </h2>
      <p className="text-sm text-slate-600">{t("templatesIntro")}</p>
      <ul className="grid gap-1 text-sm sm:grid-cols-2">
        {IMPORT_KINDS.flatMap((kind) =>
          LANGS.flatMap((lang) =>
            FORMATS.map((format) => (
              <li key={`${kind}-${lang}-${format}`}>
                <a
                  className="text-brand-700 underline hover:text-brand-900"
                  href={`/api/import/${kind}/template?format=${format}&lang=${lang}`}
                  download
                >
                  {t("templateLink", {
                    kind: t(`kinds.${kind}`),
                    lang: t(lang === "en" ? "langEn" : "langKm"),
                    format: format.toUpperCase(),
                  })}
                </a>
              </li>
            )),
          ),
        )}
      </ul>
    </section>
  );
}
