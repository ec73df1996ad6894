import "server-only";
import { appendAuditEvents } from "@/lib/audit/append";
import type { RequestContext } from "@/lib/audit/record";
import { can, type ActingUser } from "@/lib/auth/acting-user";
import { db } from "@/lib/db";

// The read-access log (decision 0026): every time a victim's name or date of birth is shown, one
// `victim.identity_viewed` event per victim shown, naming the victim and its province and where it
// was shown, never the identity itself. Callers await it BEFORE handing the identity over, so a
// failed log is a failed page: no log, no identity (fail-closed). One round trip per page.

export const IDENTITY_VIEWED = "victim.identity_viewed";

/** Where an identity was shown: the victim's page, its case's page, a duplicate warning. */
export type TIdentityShownOn = "victim" | "case" | "duplicate-warning" | "referral";
export type TShownVictim = { id: string; provinceId: number | null };

/** Logs the victims whose identity `user` is about to be shown; nothing for a role that sees no
 * identity (it is shown none) or when no victim is shown. */
export async function logIdentityReads(
  user: ActingUser,
  victims: readonly TShownVictim[],
  shownOn: TIdentityShownOn,
  request: RequestContext,
): Promise<void> {
  if (!can(user, "read:victim-identity") || victims.length === 0) return;
  await appendAuditEvents(
    db,
    victims.map((v) => ({
      actor: user,
      action: IDENTITY_VIEWED,
      entityType: "victim",
      entityId: v.id,
      provinceId: v.provinceId,
      details: { shownOn },
      request,
    })),
  );
}
