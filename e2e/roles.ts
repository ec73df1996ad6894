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
