import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** AUTH_SECRET from the environment, else one kept in <dataDir>/auth-secret so that sign-in
 * sessions survive a restart. The file is readable by its owner only. */
export async function persistedAuthSecret(dataDir: string): Promise<string> {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  const saved = (await readFile(file, "utf8").catch(() => "")).trim();
  if (saved) return saved;
  const secret = randomBytes(32).toString("base64url");
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
