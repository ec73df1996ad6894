// The first administrator of a production database (`npm run admin:create`). Further accounts
// are made in the app by an administrator, with their own audit events.
import { z } from "zod";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import { userAuditSnapshot } from "@/lib/audit/user-snapshot";
import { hashPassword } from "@/lib/auth/passwords";
import { generateTemporaryPassword } from "@/lib/auth/temporary-password";
import type { Db } from "@/lib/db-client";
import { ZEmail } from "@/lib/validation/auth";
import { ZPlainString } from "@/lib/validation/text";

export const ZFirstAdmin = z.object({
  email: ZEmail,
  name: ZPlainString().trim().min(1, { error: "required" }).max(200, { error: "tooLong" }),
  /** Also when active administrators exist: the way back in when every one is locked out. */
  force: z.boolean().default(false),
});
export type TFirstAdmin = z.input<typeof ZFirstAdmin>;

export class FirstAdminRefused extends Error {}

const CLI_REQUEST = { ip: null, userAgent: "npm run admin:create" };

/** Creates a national administrator with a one-time password, which it returns once. */
export async function createFirstAdmin(db: Db, input: TFirstAdmin) {
  const parsed = ZFirstAdmin.safeParse(input);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `--${i.path.join(".")} (${i.message})`);
    throw new FirstAdminRefused(`Invalid ${fields.join(", ")}.`);
  }
  const { email, name, force } = parsed.data;
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const user = await auditedTransaction(db, async (tx, audit) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new FirstAdminRefused(`An account with the email ${email} already exists.`);
    }
    const admins = await tx.user.count({ where: { role: "ADMIN", active: true } });
    if (admins > 0 && !force) {
      throw new FirstAdminRefused(
        `${admins} active administrator(s) exist already: create further accounts on the ` +
          "Users page. Pass --force only if every administrator is locked out.",
      );
    }
    const created = await tx.user.create({
      data: {
        email,
        name,
        role: "ADMIN",
        nationalScope: true,
        passwordHash,
        mustChangePassword: true,
      },
      select: { id: true, email: true, name: true },
    });
    audit.record({
      actor: null,
      action: "user.created",
      entityType: "user",
      entityId: created.id,
      before: null,
      after: await userAuditSnapshot(tx, created.id),
      details: { via: "admin:create", forced: force },
      request: CLI_REQUEST,
    });
    return created;
  });
  return { ...user, temporaryPassword };
}
