import "server-only";
import { randomBytes } from "node:crypto";
import type pg from "pg";

// Codes for a whole import at once. generateVictimCode (lib/domain/codes.ts) draws one character
// per randomInt call, which took about a second for 100,000 codes; here one randomBytes call
// serves them all. Same alphabet (victim-codes.test.ts checks it) and the same uniform draw:
// 32 letters, so the low five bits of a random byte pick one without bias.
export const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_LENGTH = 6;
const ATTEMPTS = 5;

export function drawVictimCodes(count: number, exclude: ReadonlySet<string> = new Set()) {
  const codes = new Set<string>();
  while (codes.size < count) {
    const bytes = randomBytes((count - codes.size) * CODE_LENGTH);
    for (let i = 0; i < bytes.length; i += CODE_LENGTH) {
      let code = "V-";
      for (let j = 0; j < CODE_LENGTH; j++) code += CODE_ALPHABET[bytes[i + j]! & 31];
      if (!exclude.has(code)) codes.add(code);
    }
  }
  return [...codes];
}

/**
 * `count` codes, distinct and not taken by any victim when checked. With 32⁶ codes, a file of
 * 100,000 rows draws a handful twice and, against a large register, a few already taken: those are
 * drawn again. A victim created elsewhere between this check and the import's COPY can still
 * take one; the unique index then refuses the COPY and the import is tried again.
 */
export async function freeVictimCodes(client: pg.ClientBase, count: number): Promise<string[]> {
  const codes = drawVictimCodes(count);
  let pending = codes.map((_, i) => i); // the positions whose code is still to be checked
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    // One text parameter: codes hold only letters, digits and "-", so "," splits them safely.
    const { rows } = await client.query<{ code: string }>(
      "SELECT code FROM victim WHERE code = ANY(string_to_array($1, ','))",
      [pending.map((i) => codes[i]).join(",")],
    );
    if (rows.length === 0) return codes;
    const taken = new Set(rows.map((r) => r.code));
    pending = pending.filter((i) => taken.has(codes[i]!));
    const fresh = drawVictimCodes(pending.length, new Set([...codes, ...taken]));
    pending.forEach((position, k) => (codes[position] = fresh[k]!));
  }
  throw new Error(`No free victim codes after ${ATTEMPTS} tries`);
}
