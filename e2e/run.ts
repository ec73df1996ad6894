// `npm run test:e2e`: a fresh, seeded database (DATABASE_URL's server, or an embedded PGlite), a
// production build when the sources are newer than the last one, then Playwright against
// the production server entry (lib/server/start.ts). Arguments are passed on to `playwright test`.
// On PostgreSQL the database is migrated and seeded as the owner, and the server (and the specs'
// own queries) run as the least-privilege runtime role, as in production (decision 0023).
import { execFileSync } from "node:child_process";
import { buildReason } from "@/lib/cli/needs-build";
import { createPrismaClient } from "@/lib/db-client";
import { grantTestRuntimeRole, prepareTestDatabase } from "@/lib/testing/test-database";
import { seed } from "@/prisma/seed";

const root = process.cwd();
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

console.log("[e2e] Preparing a fresh database …");
const database = await prepareTestDatabase("e2e", { fresh: true });
let exitCode = 1;
try {
  const db = createPrismaClient(database.url, 2);
  await seed(db).finally(() => db.$disconnect());
  const runtimeUrl = await grantTestRuntimeRole(database);

  const reason = await buildReason(root);
  if (reason) {
    console.log(`[e2e] Building the app (${reason}) …`);
    execFileSync("npx", ["next", "build"], { stdio: "inherit", env });
  }

  console.log("[e2e] Running Playwright …");
  try {
    execFileSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
      stdio: "inherit",
      env: { ...env, DATABASE_URL: runtimeUrl },
    });
    exitCode = 0;
  } catch {
    exitCode = 1;
  }
} finally {
  await database.stop();
}
process.exit(exitCode);
