import path from "node:path";
import type { Role } from "@/lib/generated/prisma/enums";
import { DEMO_USERS } from "@/prisma/demo-users";

export function authFile(role: Role) {
  return path.join(import.meta.dirname, ".auth", `${role.toLowerCase()}.json`);
}

export function demoUser(role: Role) {
  const user = DEMO_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`No demo user for ${role}`);
  return user;
}

/** A demo user's saved session: the first of each role is that role's (authFile); the agency
 * staff after them (decision 0034) are saved under their email's local part. */
export function demoAuthFile(user: { email: string; role: Role }) {
  if (demoUser(user.role).email === user.email) return authFile(user.role);
  return path.join(import.meta.dirname, ".auth", `${user.email.split("@")[0]}.json`);
}
