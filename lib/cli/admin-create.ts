// `npm run admin:create -- --email <email> --name <name> [--force]`: creates the first national
// administrator of a database made by `npm run db:migrate:deploy`, and prints a one-time password
// that must be changed at the first sign-in. Uses DATABASE_URL.
import "dotenv/config";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db-client";
import { createFirstAdmin, FirstAdminRefused } from "./first-admin";

const USAGE = "usage: npm run admin:create -- --email <email> --name <name> [--force]";

function fail(message: string, code = 2): never {
  console.error(`npm run admin:create: ${message}`);
  process.exit(code);
}

let args;
try {
  args = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      force: { type: "boolean", default: false },
    },
    strict: true,
  }).values;
} catch (err) {
  fail(`${err instanceof Error ? err.message : err}\n${USAGE}`);
}
if (!args.email || !args.name) fail(USAGE);
const url = process.env.DATABASE_URL;
if (!url) fail("DATABASE_URL is not set: it names the database to create the administrator in.");

const db = createPrismaClient(url, 1);
try {
  const admin = await createFirstAdmin(db, {
    email: args.email,
    name: args.name,
    force: args.force,
  });
  console.log(`Created the national administrator ${admin.name} <${admin.email}>.`);
  console.log(`One-time password: ${admin.temporaryPassword}`);
  console.log("Give it to them in person; they must choose a new one at their first sign-in.");
  console.log("It is shown only now and is stored only as a hash.");
} catch (err) {
  if (err instanceof FirstAdminRefused) fail(err.message, 1);
  throw err;
} finally {
  await db.$disconnect();
}
