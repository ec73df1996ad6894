"use server";

import { auditedTransaction } from "@/lib/audit/audited-transaction";
import { signOut } from "@/lib/auth/config";
import { getRequestContext } from "@/lib/auth/request-context";
import { getActingUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

// Outside guardedAction because a user whose session has already ended may still press it.
export async function signOutAction() {
  const user = await getActingUser();
  if (user?.sessionId) {
    const request = await getRequestContext();
    const sessionId = user.sessionId;
    await auditedTransaction(db, async (tx, audit) => {
      await tx.session.update({ where: { id: sessionId }, data: { revokedAt: new Date() } });
      audit.record({
        actor: user,
        action: "user.signed_out",
        entityType: "user",
        entityId: user.id,
        details: { sessionId },
        request,
      });
    });
  }
  await signOut({ redirectTo: "/sign-in" });
}
