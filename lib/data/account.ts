import "server-only";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import type { RequestContext } from "@/lib/audit/record";
import type { ActingUser } from "@/lib/auth/acting-user";
import { hashPassword, isCommonPassword, verifyPassword } from "@/lib/auth/passwords";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TChangePassword } from "@/lib/validation/auth";
import type { TSetPreferences } from "@/lib/validation/preferences";

/**
 * Changes the acting user's own password. Every other session of theirs ends (the session version
 * moves on); the one in use is carried over so the user stays signed in here.
 */
export async function changeOwnPassword(
  actor: ActingUser,
  input: TChangePassword,
  request: RequestContext,
) {
  const current = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { passwordHash: true, mustChangePassword: true },
  });
  if (!(await verifyPassword(current.passwordHash, input.currentPassword))) {
    throw new AppError("invalid", "invalid", {}, { currentPassword: ["currentPasswordWrong"] });
  }
  if (isCommonPassword(input.newPassword)) {
    throw new AppError("invalid", "invalid", {}, { newPassword: ["passwordCommon"] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await auditedTransaction(db, async (tx, audit) => {
    const updated = await tx.user.update({
      where: { id: actor.id },
      data: {
        passwordHash,
        mustChangePassword: false,
        version: { increment: 1 },
        sessionVersion: { increment: 1 },
      },
      select: { sessionVersion: true },
    });
    if (actor.sessionId) {
      await tx.session.update({
        where: { id: actor.sessionId },
        data: { sessionVersion: updated.sessionVersion },
      });
    }
    audit.record({
      actor,
      action: "user.password_changed",
      entityType: "user",
      entityId: actor.id,
      before: { mustChangePassword: current.mustChangePassword },
      after: { mustChangePassword: false },
      request,
    });
  });
}

/**
 * Sets the acting user's own display preferences (the digits of Khmer pages), with an audit row
 * in the same transaction. Only the user's own row: there is no id to name anyone else. Choosing
 * what is already set writes nothing. The next page the user opens reads it (getUiNumerals).
 */
export async function setOwnPreferences(
  actor: ActingUser,
  input: TSetPreferences,
  request: RequestContext,
) {
  return auditedTransaction(db, async (tx, audit) => {
    const current = await tx.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { digits: true },
    });
    if (current.digits === input.digits) return { digits: input.digits, changed: false };
    // Not a change of access: the version and session version stay, so no session ends.
    await tx.user.update({ where: { id: actor.id }, data: { digits: input.digits } });
    audit.record({
      actor,
      action: "user.preferences_changed",
      entityType: "user",
      entityId: actor.id,
      before: { digits: current.digits },
      after: { digits: input.digits },
      request,
    });
    return { digits: input.digits, changed: true };
  });
}
