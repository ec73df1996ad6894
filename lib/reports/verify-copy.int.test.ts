import { afterAll, describe, expect, it } from "vitest";
import { publishReport } from "@/lib/data/report-publishing";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ownerDb } from "@/lib/testing/db";
import { uniquePublishableYear } from "@/lib/testing/publishable-year";
import {
  db,
  nationalManager,
  request,
  seedYear,
  snapshotsOf,
} from "@/lib/testing/report-publishing";
import { canonicalReportJson } from "./snapshot-hash";
import { verifyPublishedCopy } from "./verify-copy";

// The anchor half of report:verify: a copy that matches a revision is only as good as the trail
// that recorded its publication. The trail is attacked as its owner, with the append-only trigger
// off, inside a transaction that is rolled back (as in lib/audit/anchor.int.test.ts).

const owner = ownerDb();
afterAll(() => Promise.all([db.$disconnect(), owner.$disconnect()]));

class RolledBack extends Error {}

async function staged(attack: (tx: Prisma.TransactionClient) => Promise<void>) {
  await owner
    .$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(
          `ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`,
        );
        await attack(tx);
        throw new RolledBack();
      },
      { timeout: 60_000 },
    )
    .catch((err) => {
      if (!(err instanceof RolledBack)) throw err;
    });
}

async function published() {
  const year = await uniquePublishableYear();
  await seedYear(year);
  await publishReport(await nationalManager(), { year }, request);
  const snapshot = (await snapshotsOf(year))[0]!;
  const bytes = new TextEncoder().encode(canonicalReportJson(snapshot.document));
  return { year, snapshot, bytes };
}

describe("verifying a published copy's anchor", () => {
  it("passes while the publication event stands, and fails once it is edited or deleted", async () => {
    const { year, snapshot, bytes } = await published();
    const ok = await verifyPublishedCopy(db, bytes);
    expect(ok).toMatchObject({
      kind: "checked",
      reformatted: false,
      matches: [{ year, revision: 1, anchor: { state: "ok", id: String(snapshot.auditHeadId) } }],
    });

    let edited: unknown;
    await staged(async (tx) => {
      await tx.$executeRaw`UPDATE audit_event SET changes = jsonb_set(changes, '{revision}', '2')
                            WHERE id = ${snapshot.auditHeadId}`;
      edited = await verifyPublishedCopy(tx, bytes);
    });
    expect(edited).toMatchObject({
      matches: [
        {
          anchor: {
            state: "failed",
            reasons: [
              "its content no longer matches its hash",
              "it is not the publication of this revision",
            ],
          },
        },
      ],
    });

    let deleted: unknown;
    await staged(async (tx) => {
      await tx.$executeRaw`DELETE FROM audit_event WHERE id = ${snapshot.auditHeadId}`;
      deleted = await verifyPublishedCopy(tx, bytes);
    });
    expect(deleted).toMatchObject({
      matches: [{ anchor: { state: "failed", reasons: ["the event is no longer in the trail"] } }],
    });
  });

  it("finds no revision for bytes that are not a published document, and flags non-JSON", async () => {
    const { bytes } = await published();
    const other = bytes.slice();
    other[other.length - 2] = other[other.length - 2] === 0x30 ? 0x31 : 0x30;
    expect(await verifyPublishedCopy(db, other)).toMatchObject({ kind: "checked", matches: [] });
    expect(await verifyPublishedCopy(db, new Uint8Array([0xff, 0xfe]))).toMatchObject({
      kind: "invalid-json",
    });
  });
});
