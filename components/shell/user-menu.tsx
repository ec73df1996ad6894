import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/actions/sign-out";
import type { ActingUser } from "@/lib/auth/acting-user";

export async function UserMenu({ user }: { user: ActingUser }) {
  const [t, tEnum] = await Promise.all([getTranslations("auth"), getTranslations("enums")]);
  return (
    <div className="flex items-center gap-3 text-sm">
      <p>
        <span className="font-medium" translate="no">
          {user.name}
        </span>{" "}
        <span className="text-brand-100">({tEnum(`Role.${user.role}`)})</span>
      </p>
      <form action={signOutAction}>
        <button
          type="submit"
          className="rounded border border-white/40 px-2 py-1 text-white hover:bg-white/10"
        >
          {t("signOut")}
        </button>
      </form>
    </div>
  );
}
