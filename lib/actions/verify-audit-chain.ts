"use server";

import { guardedAction } from "@/lib/auth/guard";
import { verifyAuditChainSpec } from "./definitions/account";

// The whole chain, whatever the auditor's scope: a break anywhere matters to everyone.
export const verifyAuditChainAction = guardedAction(verifyAuditChainSpec);
