import "server-only";
import { auditedTransaction, type AuditLog } from "@/lib/audit/audited-transaction";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  ACCOUNT_FAILURE_THRESHOLD,
  ADDRESS_FAILURE_THRESHOLD,
  BASE_DELAY_MS,
  countFailuresSince,
  extendLock,
  failureBudgetOf,
  lockPhaseOf,
  MAX_DELAY_MS,
  MAX_LOCK_LEVEL,
  startLock,
  type TLockPhase,
  type TSignInLock,
} from "./rate-limit-policy";

type Tx = Prisma.TransactionClient;
export type TSignInKeys = { email: string; ip: string | null };
export type TStartedLock = TSignInLock & { kind: "account" | "address" };
type KeyState = {
  kind: "account" | "address";
  key: string;
  lock: TSignInLock | null;
  phase: TLockPhase;
  failures: number;
  budget: number;
};

// Advisory locks in their own two-key space (the audit chain's is one bigint). Taken account
// first, then address, by every transaction here, so two sign-ins cannot deadlock.
const LOCK_SPACE = 9_021_003;
// Checked attempts are kept a day: far longer than any counting window, so pruning never changes
// a decision.
const ATTEMPT_RETENTION_MS = 24 * 60 * 60 * 1000;
const TX_OPTIONS = { maxWait: 10_000, timeout: 10_000 };

/** The address as its limit counts it: an IPv4 address, or an IPv6 client's /64. */
const networkOf = (ip: string) =>
  Prisma.sql`network(set_masklen(${ip}::inet, CASE family(${ip}::inet) WHEN 4 THEN 32 ELSE 64 END))::text`;

/** Serialises sign-ins per account and per address. */
async function lockKeys(tx: Tx, { email, ip }: TSignInKeys) {
  const account = `account:${email}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_SPACE}::int, hashtext(${account}))`;
  if (ip === null) return { account, network: null };
  const [row] = await tx.$queryRaw<{ network: string }[]>`SELECT ${networkOf(ip)} AS network`;
  const network = row!.network;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_SPACE}::int, hashtext(${`address:${network}`}))`;
  return { account, network };
}

async function readLock(tx: Tx, key: string): Promise<TSignInLock | null> {
  return tx.signInLock.findUnique({ where: { key }, select: { level: true, lockedUntil: true } });
}

/** The account's and the address's locks and failures counted, pending attempts included. */
async function readStates(tx: Tx, keys: TSignInKeys, now: Date): Promise<KeyState[]> {
  const { account, network } = await lockKeys(tx, keys);
  const accountLock = await readLock(tx, account);
  const [success] = await tx.$queryRaw<{ at: Date | null }[]>`
    SELECT max(attempted_at) AS at FROM sign_in_attempt
     WHERE email = ${keys.email} AND success AND attempted_at <= ${now}`;
  const accountSince = countFailuresSince(now, success?.at ?? null, accountLock);
  const [accountCount] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM sign_in_attempt
     WHERE email = ${keys.email} AND NOT success AND attempted_at > ${accountSince}`;
  const phase = lockPhaseOf(accountLock, now);
  const states: KeyState[] = [
    {
      kind: "account",
      key: account,
      lock: accountLock,
      phase,
      failures: accountCount?.n ?? 0,
      budget: failureBudgetOf(ACCOUNT_FAILURE_THRESHOLD, phase),
    },
  ];
  if (network === null) return states;
  // An address's successes do not reset its count: one valid account must not buy more guesses.
  const key = `address:${network}`;
  const lock = await readLock(tx, key);
  const since = countFailuresSince(now, null, lock);
  const [count] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM sign_in_attempt
     WHERE ip <<= ${network}::inet AND NOT success AND attempted_at > ${since}`;
  const addressPhase = lockPhaseOf(lock, now);
  states.push({
    kind: "address",
    key,
    lock,
    phase: addressPhase,
    failures: count?.n ?? 0,
    budget: failureBudgetOf(ADDRESS_FAILURE_THRESHOLD, addressPhase),
  });
  return states;
}

/**
 * Decides and records atomically whether an attempt may be checked. A refused attempt under an
 * active lock only lengthens that lock (one row, however many attempts). An admitted one is
 * recorded as a failure before its password is checked, so attempts running in parallel count it.
 */
export async function admitSignInAttempt(
  keys: TSignInKeys,
  now: Date,
): Promise<{ attemptId: bigint } | null> {
  if (await extendActiveLocks(keys, now)) return null;
  return admitUnderLocks(keys, now).catch((err: unknown) => {
    // A burst can queue more admissions than the pool serves in time. Refusing them (nothing was
    // written) fails closed, with the one generic message, instead of a server error.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2028") return null;
    throw err;
  });
}

async function admitUnderLocks(keys: TSignInKeys, now: Date) {
  return db.$transaction(async (tx) => {
    const states = await readStates(tx, keys, now);
    const active = states.filter((s) => s.phase === "active");
    for (const s of active) {
      await tx.signInLock.update({
        where: { key: s.key },
        data: { ...extendLock(s.lock!, now), refused: { increment: 1 } },
      });
    }
    // Over budget with no lock yet: the attempts that used it up are still being checked.
    if (active.length || states.some((s) => s.failures >= s.budget)) return null;
    const attempt = await tx.signInAttempt.create({
      data: { email: keys.email, ip: keys.ip, success: false, attemptedAt: now },
      select: { id: true },
    });
    return { attemptId: attempt.id };
  }, TX_OPTIONS);
}

/**
 * The flood's fast path: while a lock holds, one single-row UPDATE per key refuses an attempt and
 * lengthens the lock as extendLock() does (level + 1, delay 2^(level) minutes, at most an hour),
 * with no transaction to queue for. Separate statements, account first, so none can deadlock.
 */
async function extendActiveLocks({ email, ip }: TSignInKeys, now: Date): Promise<boolean> {
  const extend = (where: Prisma.Sql) => db.$executeRaw`
    UPDATE sign_in_lock
       SET level = least(level + 1, ${MAX_LOCK_LEVEL}), refused = refused + 1,
           locked_until = greatest(locked_until, ${now}::timestamptz + interval '1 millisecond' *
             least(${MAX_DELAY_MS}::float8, ${BASE_DELAY_MS}::float8 * power(2, least(level, 30))))
     WHERE locked_until > ${now} AND ${where}`;
  const account = await extend(Prisma.sql`key = ${`account:${email}`}`);
  const address = ip === null ? 0 : await extend(Prisma.sql`key = 'address:' || ${networkOf(ip)}`);
  return account + address > 0;
}

/**
 * Settles a checked attempt inside the caller's transaction (which writes its audit rows). A
 * success clears the account's lock; a failure that uses up a budget starts a lock, returned so
 * that its start (and only its start) is audited.
 */
export async function settleSignInAttempt(
  tx: Tx,
  keys: TSignInKeys,
  attemptId: bigint,
  success: boolean,
  now: Date,
): Promise<TStartedLock[]> {
  if (success) {
    await lockKeys(tx, keys);
    await tx.signInAttempt.update({ where: { id: attemptId }, data: { success: true } });
    await tx.signInLock.deleteMany({ where: { key: `account:${keys.email}` } });
    await pruneSignInRecords(tx, now);
    return [];
  }
  const started: TStartedLock[] = [];
  for (const s of await readStates(tx, keys, now)) {
    // An active lock was started by an attempt checked alongside this one, which counted it.
    if (s.phase === "active" || s.failures < s.budget) continue;
    const lock = startLock(s.lock, s.phase, now);
    await tx.signInLock.upsert({
      where: { key: s.key },
      create: { key: s.key, ...lock, startedAt: now },
      update: { ...lock, startedAt: now, refused: 0 },
    });
    started.push({ kind: s.kind, ...lock });
  }
  return started;
}

/** Keeps the tables bounded: attempts older than a day, and locks long forgotten. */
async function pruneSignInRecords(tx: Tx, now: Date) {
  await tx.signInAttempt.deleteMany({
    where: { attemptedAt: { lt: new Date(now.getTime() - ATTEMPT_RETENTION_MS) } },
  });
  await tx.signInLock.deleteMany({
    where: { lockedUntil: { lt: new Date(now.getTime() - ATTEMPT_RETENTION_MS) } },
  });
}

/** A sign-in's settling transaction; its audit events are appended as its last statement. */
export async function runSignInTransaction<T>(
  fn: (tx: Tx, audit: AuditLog) => Promise<T>,
): Promise<T> {
  return auditedTransaction(db, fn, TX_OPTIONS);
}
