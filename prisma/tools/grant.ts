// `npm run db:grant -- --role <name>`: creates or updates the least-privilege role the app runs
// as (DATABASE_URL), connecting as the tables' owner (MIGRATE_DATABASE_URL, else DATABASE_URL).
// Re-run it after each `npm run db:migrate:deploy`: a new table gets no grants until then.
// See docs/decisions/0023-least-privilege-runtime-role.md.
import "dotenv/config";
import { parseArgs } from "node:util";
import pg from "pg";
import { ownerDatabaseUrl } from "./owner-url";
import { GrantRefusal, grantRuntimeRole, type GrantReport } from "./runtime-role";

const USAGE =
  "usage: npm run db:grant -- --role <name>   (RUNTIME_ROLE_PASSWORD sets its password)";

function printReport(report: GrantReport, connectedAs: string) {
  const { role } = report;
  const byRule = new Map<string, string[]>();
  for (const t of report.tables) {
    const key = t.privileges.join(", ");
    byRule.set(key, [...(byRule.get(key) ?? []), t.name]);
  }
  const lines = [
    `Runtime role ${role} in database ${report.database} (granted by ${connectedAs}):`,
    report.created
      ? `  created: LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS`
      : `  updated${report.attributesChanged.length ? `: ${report.attributesChanged.join(" ")}` : ""}; it owns nothing`,
    `  password: ${
      report.generatedPassword
        ? "generated, printed below once"
        : report.passwordSet
          ? "set from RUNTIME_ROLE_PASSWORD"
          : "unchanged"
    }`,
    `  revoked: everything it held before`,
    ...report.revokedFromPublic.map((p) => `  revoked from PUBLIC: ${p}`),
    `  database ${report.database}: CONNECT, TEMPORARY`,
    `  schema public: USAGE`,
    ...[...byRule].map(([privileges, tables]) => `  ${privileges} on ${tables.join(", ")}`),
    `  ${["USAGE", "SELECT", "UPDATE"].join(", ")} on sequences ${report.sequences.join(", ") || "(none)"}`,
    `  nothing else: no TRUNCATE, TRIGGER or REFERENCES, no CREATE, no ownership`,
    "",
    `Re-run \`npm run db:grant -- --role ${role}\` after every \`npm run db:migrate:deploy\`: ` +
      `tables a migration adds get no grants until then.`,
  ];
  console.log(lines.join("\n"));
  if (report.generatedPassword) {
    console.log(
      `\nPassword of ${role}, shown only this once (store it in the app's DATABASE_URL now):\n` +
        `  ${report.generatedPassword}`,
    );
  }
}

async function main(): Promise<number> {
  let role: string | undefined;
  try {
    role = parseArgs({ options: { role: { type: "string" } } }).values.role;
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : err}\n${USAGE}`);
    return 2;
  }
  if (!role) {
    console.error(USAGE);
    return 2;
  }
  const url = ownerDatabaseUrl();
  if (!url) {
    console.error("Set MIGRATE_DATABASE_URL (or DATABASE_URL) to the tables' owner's connection.");
    return 2;
  }
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ me: string }>(`SELECT current_user AS me`);
    const password = process.env.RUNTIME_ROLE_PASSWORD || undefined;
    printReport(await grantRuntimeRole(client, { role, password }), rows[0]!.me);
    return 0;
  } catch (err) {
    // Messages of ours and the server's; neither carries a password or the URL.
    const message = err instanceof Error ? err.message : String(err);
    console.error(err instanceof GrantRefusal ? message : `db:grant failed: ${message}`);
    return 1;
  } finally {
    await client.end().catch(() => {});
  }
}

process.exitCode = await main();
