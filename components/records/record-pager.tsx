import { getTranslations } from "next-intl/server";
import Link from "next/link";
import {
  recordListHref,
  type TRecordFilters,
  type TRecordKind,
} from "@/lib/filters/record-filters";

/** Keyset pages move forward only; "First page" starts over. Both keep the filters and sort. */
export async function RecordPager({
  kind,
  filters,
  nextCursor,
}: {
  kind: TRecordKind;
  filters: TRecordFilters;
  nextCursor: string | null;
}) {
  const t = await getTranslations("records");
  if (!filters.cursor && !nextCursor) return null;
  const link = "text-brand-700 underline underline-offset-2";
  return (
    <nav aria-label={t("pages")} className="mt-4 flex gap-4">
      {filters.cursor ? (
        <Link className={link} href={recordListHref(kind, { ...filters, cursor: undefined })}>
          {t("firstPage")}
        </Link>
      ) : null}
      {nextCursor ? (
        <Link className={link} href={recordListHref(kind, { ...filters, cursor: nextCursor })}>
          {t("nextPage")}
        </Link>
      ) : null}
    </nav>
  );
}
