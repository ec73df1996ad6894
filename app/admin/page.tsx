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
import { findUsers } from "@/lib/data/users";
import { provinceName } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";

export async function generateMetadata() {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminPage() {
  const [t, tEnum, locale, users] = await Promise.all([
    getTranslations("admin"),
    getTranslations("enums"),
    getUiLocale(),
    findUsers(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <Table label={t("title")}>
        <TableHeader>
          <TableRow>
            <TableHead>{t("name")}</TableHead>
            <TableHead>{t("email")}</TableHead>
            <TableHead>{t("role")}</TableHead>
            <TableHead>{t("scope")}</TableHead>
            <TableHead>{t("status")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {users.map((u) => (
            <TableRow key={u.id}>
              <TableHead scope="row">{u.name}</TableHead>
              <TableCell>{u.email}</TableCell>
              <TableCell>{tEnum(`Role.${u.role}`)}</TableCell>
              <TableCell>
                {u.nationalScope
                  ? t("national")
                  : u.provinces.map((p) => provinceName(p.province, locale)).join(", ")}
              </TableCell>
              <TableCell>{u.active ? t("active") : t("inactive")}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
