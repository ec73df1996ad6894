import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { assertCan, caseScope, suspectScope, victimScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";

// A user's recent entries: the records they created or last changed, newest first. Victims by
// their code and suspects by their case's reference, never by name: the home page is glanced at
// over a shoulder, and the record's own page shows the identity to whoever may read it.

export const RECENT_SHOWN = 10;

export type TRecentEntry = {
  kind: "case" | "victim" | "suspect";
  id: string;
  /** A case's reference, a victim's code, or a suspect's case reference (null: no case). */
  label: string | null;
  /** Whether the user created the record (else they were the last to change it). */
  created: boolean;
  at: Date;
  href: string;
};

export async function findRecentEntries(user: ActingUser): Promise<TRecentEntry[]> {
  assertCan(user, "read:record");
  const mine = { OR: [{ createdById: user.id }, { updatedById: user.id }], deletedAt: null };
  const order = [{ updatedAt: "desc" as const }, { id: "asc" as const }];
  const common = { orderBy: order, take: RECENT_SHOWN };
  const who = { createdById: true, updatedAt: true, id: true } as const;
  const [cases, victims, suspects] = await Promise.all([
    db.case.findMany({
      ...common,
      where: { AND: [caseScope(user), mine] },
      select: { ...who, reference: true },
    }),
    db.victim.findMany({
      ...common,
      where: { AND: [victimScope(user), mine] },
      select: { ...who, code: true },
    }),
    db.suspect.findMany({
      ...common,
      where: { AND: [suspectScope(user), mine] },
      select: { ...who, caseId: true, case: { select: { reference: true } } },
    }),
  ]);
  const entries: TRecentEntry[] = [
    ...cases.map((c) => ({
      kind: "case" as const,
      id: c.id,
      label: c.reference,
      created: c.createdById === user.id,
      at: c.updatedAt,
      href: `/cases/${c.id}`,
    })),
    ...victims.map((v) => ({
      kind: "victim" as const,
      id: v.id,
      label: v.code,
      created: v.createdById === user.id,
      at: v.updatedAt,
      href: `/victims/${v.id}`,
    })),
    ...suspects.map((s) => ({
      kind: "suspect" as const,
      id: s.id,
      label: s.case?.reference ?? null,
      created: s.createdById === user.id,
      at: s.updatedAt,
      href: s.caseId ? `/cases/${s.caseId}` : "/suspects?hasCase=no",
    })),
  ];
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, RECENT_SHOWN);
}
