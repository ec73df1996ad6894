import { randomInt } from "node:crypto";

// Unambiguous letters and digits (no 0/O, 1/I/L), read aloud or typed from a note.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A 16-character random password in groups of four, e.g. KQ7M-3XPA-9TRW-H2CD (~79 bits). */
export function generateTemporaryPassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""),
  );
  return groups.join("-");
}
