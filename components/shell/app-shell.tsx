import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { can, type ActingUser } from "@/lib/auth/acting-user";
import type { Permission } from "@/lib/auth/permissions";
import { reachesRecords } from "@/lib/auth/scope";
import { DigitsSwitch } from "./digits-switch";
import { LocaleSwitch } from "./locale-switch";
import { NavLinks, type NavItem } from "./nav-links";
import { UserMenu } from "./user-menu";

// Each section with the permission that opens it (null: every signed-in user; the home page shows
// each the sections of what they may do); the pages check the same permission on the server, so
// hiding a link here is only a convenience. Record lists show only where the user's reach holds
// such records (lib/auth/scope.ts).
const SECTIONS: {
  key: string;
  href: string;
  permission: Permission | null;
  records?: "case" | "suspect" | "victim";
}[] = [
  { key: "overview", href: "/", permission: null },
  { key: "cases", href: "/cases", permission: "read:record", records: "case" },
  { key: "victims", href: "/victims", permission: "read:record", records: "victim" },
  { key: "suspects", href: "/suspects", permission: "read:record", records: "suspect" },
  { key: "referrals", href: "/referrals", permission: "read:referral" },
  { key: "import", href: "/import", permission: "import:record" },
  { key: "reports", href: "/reports", permission: "read:report" },
  { key: "audit", href: "/audit", permission: "read:audit" },
  { key: "admin", href: "/admin/users", permission: "manage:user" },
];

export async function AppShell({ user, children }: { user: ActingUser; children: ReactNode }) {
  const [t, tNav, locale] = await Promise.all([
    getTranslations("app"),
    getTranslations("nav"),
    getLocale(),
  ]);
  const shown = (s: (typeof SECTIONS)[number]) =>
    (s.permission === null || can(user, s.permission)) &&
    (!s.records || reachesRecords(user, s.records));
  const items: NavItem[] = SECTIONS.filter(shown).map((s) => ({
    href: s.href,
    label: tNav(s.key),
  }));
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded bg-white px-3 py-2 text-brand-900 focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        {t("skipToContent")}
      </a>
      <header className="bg-brand-900 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div>
            <p className="text-lg font-semibold">{t("name")}</p>
            <p className="text-xs text-brand-100">{t("body")}</p>
          </div>
          <div className="flex flex-wrap items-center gap-4">
            <LocaleSwitch />
            {/* English pages always use Latin digits: the choice is only offered in Khmer. */}
            {locale === "km" ? <DigitsSwitch current={user.digits ?? "KHMER"} /> : null}
            <UserMenu user={user} />
          </div>
        </div>
      </header>
      <div className="mx-auto flex w-full max-w-7xl flex-1 flex-col gap-6 px-4 py-6 md:flex-row">
        <aside className="md:w-48 md:shrink-0">
          <NavLinks items={items} label={tNav("label")} />
        </aside>
        <main id="main" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </div>
  );
}
