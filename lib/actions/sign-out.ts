"use server";

import { recordAudit } from "@/lib/audit/record";
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
    await db.$transaction(async (tx) => {
      await tx.session.update({ where: { id: sessionId }, data: { revokedAt: new Date() } });
      await recordAudit(tx, {
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
