import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The administration section's two lists: user accounts and agencies. */
export async function AdminTabs({ current }: { current: "users" | "agencies" }) {
  const t = await getTranslations("admin");
  const tabs = [
    { key: "users", href: "/admin/users", label: t("users") },
    { key: "agencies", href: "/admin/agencies", label: t("agencies") },
  ] as const;
  return (
    <nav aria-label={t("title")} className="mb-4 flex gap-4 border-b border-slate-200">
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={tab.key === current ? "page" : undefined}
          className={
            tab.key === current
              ? "border-b-2 border-brand-700 pb-2 font-medium text-brand-900"
              : "pb-2 text-brand-700 underline underline-offset-2"
          }
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
