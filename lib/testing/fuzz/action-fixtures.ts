import type { ActingUser } from "@/lib/auth/acting-user";
import type { Db } from "@/lib/db-client";
import { buildSuspect, buildVictim } from "@/prisma/factories";
import { makeCase } from "../people";
import { uniquePublishableYear } from "@/lib/testing/publishable-year";
import { makeProvider } from "../authorization-agencies";
import { makeUser } from "../users";

// The records the action fuzz acts on, made once per file: the staff member's own (province 12)
// and the same in province 17, which that staff member must never reach, whatever the input.

export const OWN_PROVINCE = 12;
export const FOREIGN_PROVINCE = 17;

type Ref = { id: string };

async function personIn(db: Db, kind: "suspect" | "victim", provinceId: number, deleted = false) {
  const kase = await makeCase(db, provinceId);
  const deletedAt = deleted ? new Date() : null;
  const person =
    kind === "suspect"
      ? await db.suspect.create({ data: buildSuspect({ caseId: kase.id, deletedAt }) })
      : await db.victim.create({
          data: buildVictim({ caseId: kase.id, rescueProvinceId: provinceId, deletedAt }),
        });
  return { id: person.id, caseId: kase.id };
}

// Per kind: a live record (edited, and the parent of new people), one the delete fuzz deletes,
// and a deleted one the restore fuzz restores; so no fuzz spoils another's record.
async function recordsIn(db: Db, provinceId: number) {
  const [liveCase, doomedCase, deletedCase] = [
    await makeCase(db, provinceId),
    await makeCase(db, provinceId),
    await makeCase(db, provinceId),
  ];
  await db.case.update({ where: { id: deletedCase.id }, data: { deletedAt: new Date() } });
  return {
    case: { live: liveCase as Ref, doomed: doomedCase as Ref, deleted: deletedCase as Ref },
    suspect: {
      live: await personIn(db, "suspect", provinceId),
      doomed: await personIn(db, "suspect", provinceId),
      deleted: await personIn(db, "suspect", provinceId, true),
    },
    victim: {
      live: await personIn(db, "victim", provinceId),
      doomed: await personIn(db, "victim", provinceId),
      deleted: await personIn(db, "victim", provinceId, true),
    },
  };
}

export type ActionFixtures = Awaited<ReturnType<typeof makeActionFixtures>>;

export async function makeActionFixtures(db: Db) {
  const staff = await makeUser(db, "STAFF", { provinceIds: [OWN_PROVINCE] });
  return {
    db,
    staff,
    admin: await makeUser(db, "ADMIN"),
    manager: await makeUser(db, "MANAGER"),
    auditor: await makeUser(db, "AUDITOR"),
    /** Changes its own password in the fuzz, so it is nobody else's actor. */
    passwordChanger: await makeUser(db, "STAFF", { provinceIds: [OWN_PROVINCE] }),
    /** The account the administrator's actions act on. */
    targetUser: await makeUser(db, "STAFF", { provinceIds: [OWN_PROVINCE] }),
    own: await recordsIn(db, OWN_PROVINCE),
    foreign: await recordsIn(db, FOREIGN_PROVINCE),
    publishYear: await uniquePublishableYear(),
    /** The agency the agency administration fuzz edits (an NGO of its own). */
    agencyId: await makeProvider(db),
  };
}

type Versioned = "case" | "suspect" | "victim" | "user";
export type RecordKind = "case" | "suspect" | "victim";

/**
 * Puts a record back as a delete (live) or restore (deleted) run needs it, so every run starts
 * from the same state whatever the run before it was allowed to do.
 */
export async function resetDeleted(db: Db, kind: RecordKind, id: string, deleted: boolean) {
  const where = { id, deletedAt: deleted ? null : { not: null } };
  const data = { deletedAt: deleted ? new Date() : null };
  if (kind === "case") await db.case.updateMany({ where, data });
  else if (kind === "suspect") await db.suspect.updateMany({ where, data });
  else await db.victim.updateMany({ where, data });
}

/** The same for an account: active for all but reactivation. */
export async function resetActive(db: Db, id: string, active: boolean) {
  await db.user.updateMany({ where: { id, active: !active }, data: { active } });
}

/** A record's current version as a form would submit it: an earlier fuzz run may have moved it. */
export async function currentRef(db: Db, table: Versioned, id: string) {
  const select = { version: true } as const;
  const row =
    table === "case"
      ? await db.case.findUniqueOrThrow({ where: { id }, select })
      : table === "suspect"
        ? await db.suspect.findUniqueOrThrow({ where: { id }, select })
        : table === "victim"
          ? await db.victim.findUniqueOrThrow({ where: { id }, select })
          : await db.user.findUniqueOrThrow({ where: { id }, select });
  return { id, version: String(row.version) };
}

export type Actor = (fx: ActionFixtures) => ActingUser;
