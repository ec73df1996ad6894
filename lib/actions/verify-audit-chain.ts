"use server";

import { guardedAction } from "@/lib/auth/guard";
import { verifyAuditChainSpec } from "./specs/account";

// The whole chain, whatever the auditor's scope: a break anywhere matters to everyone.
export const verifyAuditChainAction = guardedAction(verifyAuditChainSpec);
