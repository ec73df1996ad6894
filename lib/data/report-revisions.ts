import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { db, readFromPrimary } from "@/lib/db";
import { phnomPenhYearRange } from "@/lib/domain/time";
import { buildReport } from "@/lib/reports/build-report";
import { diffFigures, type TFigureChange } from "@/lib/reports/figures";
import type { TReportDocument } from "@/lib/reports/types";
import { IDENTITY_VIEWED } from "./identity-reads";
import { PUBLISHED_BAND_SET } from "./report-publishing";
import { assertCan } from "@/lib/auth/scope";

// A published year's state: its latest revision, the figures that differ from the live national
// report now, and who changed the year's records since publication. Published reports are
// national, so only national readers get one; for anyone else there is nothing to show.

export const CHANGED_BY_LIMIT = 100;

export type TRecordChange = {
  eventId: string;
  at: Date;
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  entityType: "case" | "suspect" | "victim";
  entityId: string;
  /** A case's reference, a victim's pseudonymous code, a suspect's case reference; never a name. */
  recordLabel: string | null;
  /** The record's page: a case or victim page; a suspect's case page (null without a case). */
  href: string | null;
};

export type TReportRevisions = {
  year: number;
  revision: number;
  publishedAt: Date;
  publishedBy: string;
  sha256: string;
  note: string | null;
  /** The audit chain's head when it was published (its report.published event); null for
   * revisions published before heads were recorded. */
  auditHead: { id: string; hash: string } | null;
  /** Every revision of the year, newest first. */
  history: { revision: number; publishedAt: Date; publishedBy: string; sha256: string }[];
  changes: TFigureChange[];
  changedBy: TRecordChange[];
  /** How many events changedBy would list without its limit. */
  changedByTotal: number;
};

/** The year's revisions, newest first, with who published each. */
async function findSnapshots(year: number) {
  return db.reportSnapshot.findMany({
    where: { year },
    orderBy: { revision: "desc" },
    select: {
      revision: true,
      publishedAt: true,
      sha256: true,
      note: true,
      auditHeadId: true,
      auditHeadHash: true,
      publishedBy: { select: { name: true } },
    },
  });
}

type ChangeRow = {
  id: bigint;
  occurredAt: Date;
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  entityType: "case" | "suspect" | "victim";
  entityId: string;
  caseId: string | null;
  recordLabel: string | null;
  total: number;
};

/**
 * Events on cases, suspects and victims since `since` that touched a record counted in `year`:
 * the record's event date (crack-down, arrest, rescue) just before or just after the event fell
 * in the year. That date is read from the event's own before/after when the event changed it;
 * otherwise it is the "before" of the next event that changed it, or, failing one, the record's
 * date today. So a victim edited while rescued in the year and later moved out of it still counts.
 * A read of a victim's identity (decision 0026) changes nothing, and is not listed.
 */
async function findChangedBy(year: number, since: Date) {
  const { start, end } = phnomPenhYearRange(year);
  const rows = await db.$queryRaw<ChangeRow[]>`
    WITH ev AS (
      SELECT e.id, e.occurred_at, e.actor_id, e.actor_email, e.action, e.entity_type,
             e.entity_id, e.changes,
             CASE e.entity_type WHEN 'case' THEN 'crackedDownAt'
                                WHEN 'suspect' THEN 'arrestedAt' ELSE 'rescuedAt' END AS field
        FROM audit_event e
       WHERE e.occurred_at >= ${since}
         AND e.entity_type IN ('case', 'suspect', 'victim')
         AND e.entity_id IS NOT NULL
         AND e.action <> ${IDENTITY_VIEWED}
    ), dated AS (
      SELECT ev.*, c.cracked_down_at, s.arrested_at, v.rescued_at,
             COALESCE(s.case_id, v.case_id) AS case_id,
             COALESCE(c.reference, v.code, sc.reference) AS record_label,
             ev.changes -> 'fields' -> ev.field AS own,
             nxt.found AS next_found, nxt.at AS next_before
        FROM ev
        LEFT JOIN "case" c ON ev.entity_type = 'case' AND c.id = ev.entity_id::uuid
        LEFT JOIN suspect s ON ev.entity_type = 'suspect' AND s.id = ev.entity_id::uuid
        LEFT JOIN victim v ON ev.entity_type = 'victim' AND v.id = ev.entity_id::uuid
        LEFT JOIN "case" sc ON sc.id = s.case_id
        LEFT JOIN LATERAL (
          SELECT true AS found, (n.changes -> 'fields' -> ev.field ->> 'before')::timestamptz AS at
            FROM audit_event n
           WHERE n.entity_type = ev.entity_type AND n.entity_id = ev.entity_id AND n.id > ev.id
             AND n.changes -> 'fields' -> ev.field IS NOT NULL
           ORDER BY n.id
           LIMIT 1
        ) nxt ON true
    ), spans AS (
      SELECT dated.*,
             CASE WHEN own IS NOT NULL THEN (own ->> 'after')::timestamptz
                  WHEN next_found THEN next_before
                  ELSE COALESCE(cracked_down_at, arrested_at, rescued_at) END AS date_after,
             CASE WHEN own IS NOT NULL THEN (own ->> 'before')::timestamptz END AS own_before
        FROM dated
    )
    SELECT spans.id, spans.occurred_at AS "occurredAt", u.name AS "actorName",
           spans.actor_email AS "actorEmail", spans.action, spans.entity_type AS "entityType",
           spans.entity_id AS "entityId", spans.case_id::text AS "caseId",
           spans.record_label AS "recordLabel",
           count(*) OVER ()::int AS total
      FROM spans
      LEFT JOIN app_user u ON u.id = spans.actor_id
     WHERE (spans.date_after >= ${start} AND spans.date_after < ${end})
        OR (spans.own_before >= ${start} AND spans.own_before < ${end})
     ORDER BY spans.id DESC
     LIMIT ${CHANGED_BY_LIMIT}`;
  const href = (r: ChangeRow) =>
    r.entityType === "case"
      ? `/cases/${r.entityId}`
      : r.entityType === "victim"
        ? `/victims/${r.entityId}`
        : r.caseId
          ? `/cases/${r.caseId}`
          : null;
  return {
    total: rows[0]?.total ?? 0,
    events: rows.map((r): TRecordChange => ({
      eventId: String(r.id),
      at: r.occurredAt,
      actorName: r.actorName,
      actorEmail: r.actorEmail,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      recordLabel: r.recordLabel,
      href: href(r),
    })),
  };
}

/**
 * The latest published revision of `year` compared with the live national report, or null when
 * the year is unpublished or the reader is not national (their report is not the published one).
 * `current`, the report the page already built, is reused when it is that live national report.
 */
export async function findReportRevisions(
  user: ActingUser,
  year: number,
  current?: TReportDocument,
): Promise<TReportRevisions | null> {
  assertCan(user, "read:report");
  if (!user.nationalScope) return null;
  const snapshots = await findSnapshots(year);
  const latest = snapshots[0];
  if (!latest) return null;
  const [published, live, changedBy] = await Promise.all([
    db.reportSnapshot.findUniqueOrThrow({
      where: { year_revision: { year, revision: latest.revision } },
      select: { document: true },
    }),
    current?.year === year &&
    current.scope.national &&
    current.rules.ageBandSet === PUBLISHED_BAND_SET
      ? current
      : // From the primary, as the snapshot and the changes since it are read: compared with a
        // replica a moment behind, a revision just published would show changes it includes.
        readFromPrimary(() => buildReport(user, year, { bands: PUBLISHED_BAND_SET })),
    findChangedBy(year, latest.publishedAt),
  ]);
  return {
    year,
    revision: latest.revision,
    publishedAt: latest.publishedAt,
    publishedBy: latest.publishedBy.name,
    sha256: latest.sha256,
    note: latest.note,
    auditHead:
      latest.auditHeadId !== null && latest.auditHeadHash !== null
        ? { id: String(latest.auditHeadId), hash: latest.auditHeadHash }
        : null,
    history: snapshots.map((s) => ({
      revision: s.revision,
      publishedAt: s.publishedAt,
      publishedBy: s.publishedBy.name,
      sha256: s.sha256,
    })),
    changes: diffFigures(published.document as unknown as TReportDocument, live),
    changedBy: changedBy.events,
    changedByTotal: changedBy.total,
  };
}

/** The latest revision of a year, for the publish form: which revision comes next. */
export async function findLatestRevision(user: ActingUser, year: number) {
  assertCan(user, "read:report");
  return db.reportSnapshot.findFirst({
    where: { year },
    orderBy: { revision: "desc" },
    select: { revision: true, publishedAt: true, sha256: true },
  });
}
