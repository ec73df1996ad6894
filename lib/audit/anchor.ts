import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { canonicalJson } from "./canonical";

// An anchor is the audit chain's head written down outside the database (decision 0025): the last
// event's id and hash, how many events lead up to it, and when it was taken, with an HMAC under a
// key the database never holds. Whoever can rewrite the database can recompute the chain, but
// cannot make it agree with an anchor kept elsewhere, nor forge a new anchor without the key.

export const ANCHOR_FORMAT = "ctip-audit-anchor/1";
/** An anchor is about 300 bytes; anything much larger is not one. */
export const ANCHOR_MAX_BYTES = 4096;
export const ANCHOR_KEY_MIN_LENGTH = 32;

const HEX64 = /^[0-9a-f]{64}$/;

export const ZAuditAnchor = z.strictObject({
  format: z.literal(ANCHOR_FORMAT),
  lastId: z.string().regex(/^[1-9][0-9]{0,18}$/, "a positive integer, as text"),
  hash: z.string().regex(HEX64, "64 lower-case hex digits"),
  count: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  anchoredAt: z.iso.datetime(),
  hmacSha256: z.string().regex(HEX64, "64 lower-case hex digits"),
});
export type TAuditAnchor = z.infer<typeof ZAuditAnchor>;
export type TAnchorHead = Omit<TAuditAnchor, "format" | "hmacSha256">;

/** A failure the operator is told about in one sentence; the CLI prints it and exits 1. */
export class AnchorError extends Error {
  override name = "AnchorError";
}

/** The key from the environment, refused when missing or too short to resist guessing. */
export function anchorKeyFrom(env: NodeJS.ProcessEnv): string {
  const key = env.AUDIT_ANCHOR_KEY;
  if (!key) {
    throw new AnchorError(
      "AUDIT_ANCHOR_KEY is not set: anchors are signed with a key kept outside the database.",
    );
  }
  if (key.length < ANCHOR_KEY_MIN_LENGTH) {
    throw new AnchorError(
      `AUDIT_ANCHOR_KEY is ${key.length} characters long; it must have at least ${ANCHOR_KEY_MIN_LENGTH}.`,
    );
  }
  return key;
}

/** HMAC-SHA256 over the canonical JSON of every field but the MAC itself. */
function macOf(head: TAnchorHead, key: string): string {
  const { lastId, hash, count, anchoredAt } = head;
  return createHmac("sha256", key)
    .update(canonicalJson({ format: ANCHOR_FORMAT, lastId, hash, count, anchoredAt }), "utf8")
    .digest("hex");
}

export function signAnchor(head: TAnchorHead, key: string): TAuditAnchor {
  const { lastId, hash, count, anchoredAt } = head;
  return { format: ANCHOR_FORMAT, lastId, hash, count, anchoredAt, hmacSha256: macOf(head, key) };
}

/** Whether the anchor was made with this key and not edited since. Constant-time comparison. */
export function anchorMacMatches(anchor: TAuditAnchor, key: string): boolean {
  const expected = Buffer.from(macOf(anchor, key), "hex");
  return timingSafeEqual(expected, Buffer.from(anchor.hmacSha256, "hex"));
}

/** Parses an anchor file's bytes, refusing each kind of fault with its own sentence. */
export function parseAnchor(bytes: Buffer): TAuditAnchor {
  if (bytes.length > ANCHOR_MAX_BYTES) {
    throw new AnchorError(`the anchor file is over ${ANCHOR_MAX_BYTES} bytes: not an anchor.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new AnchorError("the anchor file is not UTF-8 JSON.");
  }
  const parsed = ZAuditAnchor.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? `field "${issue.path.join(".")}"` : "the document";
    throw new AnchorError(`the anchor file is not an audit anchor: ${where}: ${issue.message}.`);
  }
  return parsed.data;
}
