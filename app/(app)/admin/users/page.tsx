import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { requireUser } from "@/lib/auth/current-user";
import { findUsers } from "@/lib/data/users";
import { provinceName } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";

export async function generateMetadata() {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function UsersPage() {
  const user = await requireUser("manage:user");
  const [t, tEnum, locale, users] = await Promise.all([
    getTranslations("admin"),
    getTranslations("enums"),
    getUiLocale(),
    findUsers(user),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <Button asChild>
            <Link href="/admin/users/new">{t("newUser")}</Link>
          </Button>
        }
      />
      <AdminTabs current="users" />
      <Table label={t("title")}>
        <TableHeader>
          <TableRow>
            <TableHead>{t("name")}</TableHead>
            <TableHead>{t("email")}</TableHead>
            <TableHead>{t("role")}</TableHead>
            <TableHead>{t("agencyColumn")}</TableHead>
            <TableHead>{t("scope")}</TableHead>
            <TableHead>{t("status")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {users.map((u) => (
            <TableRow key={u.id}>
              <TableHead scope="row">
                <Link
                  className="text-brand-700 underline"
                  href={`/admin/users/${u.id}`}
                  translate="no"
                >
                  {u.name}
                </Link>
              </TableHead>
              <TableCell translate="no" className="break-all">
                {u.email}
              </TableCell>
              <TableCell>{tEnum(`Role.${u.role}`)}</TableCell>
              <TableCell translate="no">{u.agency.code}</TableCell>
              <TableCell>
                {u.nationalScope
                  ? t("national")
                  : u.provinces.map((p) => provinceName(p.province, locale)).join(", ")}
              </TableCell>
              <TableCell>
                {u.active ? t("active") : t("inactive")}
                {u.mustChangePassword ? (
                  <span className="block text-xs text-slate-600">{t("mustChange")}</span>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
