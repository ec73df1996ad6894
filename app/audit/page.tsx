import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { findAuditEvents } from "@/lib/data/audit";
import { formatDateTime } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";

export async function generateMetadata() {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditPage() {
  const [t, tCommon, locale, events] = await Promise.all([
    getTranslations("audit"),
    getTranslations("common"),
    getUiLocale(),
    findAuditEvents(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      {events.length === 0 ? (
        <p className="text-slate-600">{tCommon("empty")}</p>
      ) : (
        <Table label={t("title")}>
          <TableHeader>
            <TableRow>
              <TableHead>{t("when")}</TableHead>
              <TableHead>{t("actor")}</TableHead>
              <TableHead>{t("action")}</TableHead>
              <TableHead>{t("entity")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {events.map((e) => (
              <TableRow key={String(e.id)}>
                <TableCell>{formatDateTime(e.occurredAt, locale)}</TableCell>
                <TableCell>{e.actorEmail ?? t("system")}</TableCell>
                <TableCell className="font-mono">{e.action}</TableCell>
                <TableCell className="font-mono">
                  {e.entityType}
                  {e.entityId ? ` ${e.entityId}` : ""}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
