// A PostgreSQL SCRAM-SHA-256 password verifier, computed here so that the plain password never
// reaches the server: `ALTER ROLE … PASSWORD '<verifier>'` stores it as is, and a statement log
// (log_statement = 'ddl') shows only the verifier. Same format and defaults as the server's own
// (src/common/scram-common.c): 4096 iterations, a 16-byte salt.
import { createHash, createHmac, pbkdf2Sync, randomBytes } from "node:crypto";

const ITERATIONS = 4096;

const hmac = (key: Buffer, text: string) => createHmac("sha256", key).update(text).digest();

/** Printable ASCII, on which the server's SASLprep changes nothing, so both sides hash alike. */
export function isScramSafePassword(password: string) {
  return /^[\x21-\x7e]+$/.test(password);
}

export function scramVerifier(password: string, salt = randomBytes(16), iterations = ITERATIONS) {
  if (!isScramSafePassword(password)) throw new Error("The password must be printable ASCII.");
  const salted = pbkdf2Sync(password, salt, iterations, 32, "sha256");
  const storedKey = createHash("sha256").update(hmac(salted, "Client Key")).digest();
  const serverKey = hmac(salted, "Server Key");
  const b64 = (b: Buffer) => b.toString("base64");
  return `SCRAM-SHA-256$${iterations}:${b64(salt)}$${b64(storedKey)}:${b64(serverKey)}`;
}
