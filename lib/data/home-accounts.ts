import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { assertCan } from "@/lib/auth/scope";
import { db } from "@/lib/db";

// The administrators' home page: active accounts that need a look. Locked: a sign-in lock on the
// account is running now (lib/auth/rate-limit.ts keys it `account:<email>`). Never used: no
// session was ever started. Idle: the last session was last seen more than IDLE_DAYS ago.
// Deactivated accounts are left out: nothing more is to be done with them. Each list shows its
// first SHOWN rows (the oldest first: the longest neglected) and says how many there are in all.

export const IDLE_DAYS = 90;
const DAY_MS = 86_400_000;
const SHOWN = 50;

export type TAccountRow = {
  id: string;
  email: string;
  name: string;
  /** Locked: until when; idle: last seen; never used: when the account was created. */
  at: Date;
};

type Raw = TAccountRow & { total: bigint };

/** The first rows of a list and how many there are in all (every row carries the window count). */
function listed(raw: Raw[]) {
  return { rows: raw.map(({ total: _total, ...row }) => row), total: Number(raw[0]?.total ?? 0) };
}

export async function findAccountsNeedingAttention(user: ActingUser, now = new Date()) {
  assertCan(user, "manage:user");
  const idleSince = new Date(now.getTime() - IDLE_DAYS * DAY_MS);
  const [locked, neverUsed, idle] = await Promise.all([
    db.$queryRaw<Raw[]>`
      SELECT u.id, u.email, u.name, l.locked_until AS at, count(*) OVER () AS total
        FROM app_user u JOIN sign_in_lock l ON l.key = 'account:' || u.email
       WHERE u.active AND l.locked_until > ${now}
       ORDER BY l.locked_until DESC, u.email LIMIT ${SHOWN}`,
    db.$queryRaw<Raw[]>`
      SELECT u.id, u.email, u.name, u.created_at AS at, count(*) OVER () AS total
        FROM app_user u
       WHERE u.active AND NOT EXISTS (SELECT 1 FROM session s WHERE s.user_id = u.id)
       ORDER BY u.created_at, u.email LIMIT ${SHOWN}`,
    db.$queryRaw<Raw[]>`
      SELECT u.id, u.email, u.name, s.last AS at, count(*) OVER () AS total
        FROM app_user u
        JOIN (SELECT user_id, max(last_seen_at) AS last FROM session GROUP BY user_id) s
          ON s.user_id = u.id
       WHERE u.active AND s.last < ${idleSince}
       ORDER BY s.last, u.email LIMIT ${SHOWN}`,
  ]);
  return { locked: listed(locked), neverUsed: listed(neverUsed), idle: listed(idle) };
}
