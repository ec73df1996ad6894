import { randomInt } from "node:crypto";

// Crockford's base32 without I, L, O, U: codes read aloud or copied by hand stay unambiguous.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A pseudonymous victim code, e.g. V-7K3M9Q, shown in lists instead of the victim's name. */
export function generateVictimCode(): string {
  let code = "";
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `V-${code}`;
}

/** A case reference: province code, year and a four-digit sequence, e.g. PNP-2017-0042. */
export function formatCaseReference(provinceCode: string, year: number, sequence: number): string {
  return `${provinceCode}-${year}-${String(sequence).padStart(4, "0")}`;
}
