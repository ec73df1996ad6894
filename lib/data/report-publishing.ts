import "server-only";
import { randomUUID } from "node:crypto";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import type { RequestContext } from "@/lib/audit/record";
import type { ActingUser } from "@/lib/auth/acting-user";
import { db, readFromPrimary } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildReport } from "@/lib/reports/build-report";
import { canonicalReportJson, hashReportDocument } from "@/lib/reports/snapshot-hash";
import type { TPublishReport } from "@/lib/validation/report-publish";
import { assertCan } from "@/lib/auth/scope";

// Publishing freezes the national report of a year as a snapshot: the document as built, the
// SHA-256 of its canonical JSON, and the next revision number, with its audit event in the same
// transaction. Snapshots are append-only (a trigger refuses UPDATE and DELETE); see
// docs/decisions/0011-report-snapshots.md.

/** Published reports use the default bands, so every revision and year compares row for row. */
export const PUBLISHED_BAND_SET = "ncct" as const;

// Any constant works: with the year, it names the lock that orders one year's publications.
const PUBLISH_LOCK = 7_262_018;

export type TPublishedRevision = {
  id: string;
  year: number;
  revision: number;
  sha256: string;
  publishedAt: Date;
};

/** Publishing is national: a province-scoped manager sees, and could freeze, only a part. */
export function assertCanPublish(user: ActingUser) {
  assertCan(user, "publish:report");
  if (!user.nationalScope) throw new AppError("forbidden", "nationalOnly");
}

export async function publishReport(
  user: ActingUser,
  input: TPublishReport,
  request: RequestContext,
): Promise<TPublishedRevision> {
  assertCanPublish(user);
  // Changes after this instant are the ones a reader is shown as "since publication", so it is
  // taken before the figures are read: a change committed while they were read is listed too.
  const publishedAt = new Date();
  // From the primary: a replica a moment behind would publish figures without a change committed
  // before publishedAt, which "since publication" would then not list either.
  const built = await readFromPrimary(() =>
    buildReport(user, input.year, { bands: PUBLISHED_BAND_SET }),
  );
  // What is stored is exactly what was hashed: the canonical JSON, parsed back.
  const document = JSON.parse(canonicalReportJson(built)) as Prisma.InputJsonObject;
  const sha256 = hashReportDocument(document);
  return auditedTransaction(db, async (tx, audit) => {
    // One publication of a year at a time, so two managers never take the same revision (the
    // unique (year, revision) index would refuse the second one anyway).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${PUBLISH_LOCK}::int, ${input.year}::int)`;
    const latest = await tx.reportSnapshot.aggregate({
      where: { year: input.year },
      _max: { revision: true },
    });
    const revision = (latest._max.revision ?? 0) + 1;
    // The event is appended before the snapshot, so the snapshot can name it as the audit chain's
    // head at publication (decision 0025); the snapshot is append-only, so the head is set as it
    // is inserted. That insert is the one statement run while the chain's lock is held.
    const snapshotId = randomUUID();
    // Figures and hashes only: a published report holds no personal data, nor does its event.
    audit.record({
      actor: user,
      action: "report.published",
      entityType: "report",
      entityId: String(input.year),
      details: { year: input.year, revision, sha256, snapshotId },
      request,
    });
    const [head] = await audit.appendNow();
    const snapshot = await tx.reportSnapshot.create({
      data: {
        id: snapshotId,
        year: input.year,
        revision,
        ageBandSet: PUBLISHED_BAND_SET,
        document,
        sha256,
        publishedAt,
        publishedById: user.id,
        note: input.note ?? null,
        auditHeadId: head!.id,
        auditHeadHash: head!.hash,
      },
      select: { id: true, year: true, revision: true, sha256: true, publishedAt: true },
    });
    return snapshot;
  });
}
