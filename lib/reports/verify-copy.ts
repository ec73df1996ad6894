import { createHash } from "node:crypto";
import { hashAuditEvent } from "@/lib/audit/canonical";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canonicalReportJson } from "./snapshot-hash";

// Does a file hold a published revision? (`npm run report:verify`, decision 0031.) The file's
// raw bytes are hashed (a downloaded copy is the canonical JSON itself), and so is the canonical
// JSON of what it parses to (a pretty-printed or re-serialised copy of the same document). Either
// hash is looked up among the published revisions, and the revision's audit anchor is checked
// against the trail: the event is still there, re-hashes to its hash, links to the event before
// it, and names this revision and SHA-256.

type Reader = Pick<Prisma.TransactionClient, "reportSnapshot" | "auditEvent">;

export type TAnchorVerdict =
  | { state: "none" }
  | { state: "ok"; id: string; hash: string }
  | { state: "failed"; id: string; hash: string; reasons: string[] };

export type TCopyMatch = {
  year: number;
  revision: number;
  publishedAt: Date;
  sha256: string;
  anchor: TAnchorVerdict;
};

export type TCopyVerification =
  | { kind: "invalid-json"; rawSha256: string }
  | {
      kind: "checked";
      rawSha256: string;
      /** The canonical JSON's hash; null when the raw bytes matched (nothing to re-serialise). */
      canonicalSha256: string | null;
      /** True when only the canonical form matched: the file was re-formatted. */
      reformatted: boolean;
      matches: TCopyMatch[];
    };

const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest("hex");

/** The JSON the file parses to, or undefined: strict UTF-8, one JSON value. */
function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

async function findRevisions(db: Reader, hash: string) {
  return db.reportSnapshot.findMany({
    where: { sha256: hash },
    orderBy: [{ year: "asc" }, { revision: "asc" }],
    select: {
      year: true,
      revision: true,
      publishedAt: true,
      sha256: true,
      auditHeadId: true,
      auditHeadHash: true,
    },
  });
}

type Revision = Awaited<ReturnType<typeof findRevisions>>[number];

/** Whether the revision's anchor event still stands in the trail as it did at publication. */
export async function checkRevisionAnchor(db: Reader, rev: Revision): Promise<TAnchorVerdict> {
  if (rev.auditHeadId === null || rev.auditHeadHash === null) return { state: "none" };
  const id = String(rev.auditHeadId);
  const hash = rev.auditHeadHash;
  const event = await db.auditEvent.findUnique({ where: { id: rev.auditHeadId } });
  if (!event)
    return { state: "failed", id, hash, reasons: ["the event is no longer in the trail"] };
  const reasons: string[] = [];
  if (event.hash !== hash) reasons.push(`its hash in the trail is now ${event.hash}`);
  const expected = hashAuditEvent(event.prevHash, {
    occurredAt: event.occurredAt,
    actorId: event.actorId,
    actorEmail: event.actorEmail,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    provinceId: event.provinceId,
    changes: event.changes,
    ip: event.ip,
    userAgent: event.userAgent,
  });
  if (expected !== event.hash) reasons.push("its content no longer matches its hash");
  const before = await db.auditEvent.findFirst({
    where: { id: { lt: event.id } },
    orderBy: { id: "desc" },
    select: { hash: true },
  });
  if ((before?.hash ?? null) !== event.prevHash) {
    reasons.push("it no longer links to the event before it");
  }
  const details = (event.changes ?? {}) as { revision?: unknown; sha256?: unknown; year?: unknown };
  if (
    event.action !== "report.published" ||
    details.year !== rev.year ||
    details.revision !== rev.revision ||
    details.sha256 !== rev.sha256
  ) {
    reasons.push("it is not the publication of this revision");
  }
  return reasons.length === 0 ? { state: "ok", id, hash } : { state: "failed", id, hash, reasons };
}

export async function verifyPublishedCopy(
  db: Reader,
  bytes: Uint8Array,
): Promise<TCopyVerification> {
  const rawSha256 = sha256(bytes);
  let revisions = await findRevisions(db, rawSha256);
  let canonicalSha256: string | null = null;
  if (revisions.length === 0) {
    const parsed = parseJson(bytes);
    if (parsed === undefined) return { kind: "invalid-json", rawSha256 };
    canonicalSha256 = sha256(canonicalReportJson(parsed));
    if (canonicalSha256 !== rawSha256) revisions = await findRevisions(db, canonicalSha256);
  }
  const matches: TCopyMatch[] = [];
  for (const rev of revisions) {
    matches.push({
      year: rev.year,
      revision: rev.revision,
      publishedAt: rev.publishedAt,
      sha256: rev.sha256,
      anchor: await checkRevisionAnchor(db, rev),
    });
  }
  return {
    kind: "checked",
    rawSha256,
    canonicalSha256,
    reformatted: canonicalSha256 !== null && matches.length > 0,
    matches,
  };
}
