import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { NumeralsProvider } from "@/components/ui/numerals";
import { getUiNumerals, requireUser } from "@/lib/auth/current-user";

// Every page in this group needs a signed-in user; each page also checks its own permission.
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <NumeralsProvider numerals={await getUiNumerals()}>
      <AppShell user={user}>{children}</AppShell>
    </NumeralsProvider>
  );
}
