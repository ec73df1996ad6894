import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LocaleSwitch } from "./locale-switch";
import { NavLinks, type NavItem } from "./nav-links";

const SECTIONS = ["cases", "victims", "suspects", "reports", "audit", "admin"] as const;

export async function AppShell({ children }: { children: ReactNode }) {
  const [t, tNav] = await Promise.all([getTranslations("app"), getTranslations("nav")]);
  const items: NavItem[] = [
    { href: "/", label: tNav("overview") },
    ...SECTIONS.map((s) => ({ href: `/${s}`, label: tNav(s) })),
  ];
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
          <LocaleSwitch />
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
