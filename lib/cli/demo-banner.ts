// What `npm run demo` prints once the app answers: where it is, which database, how to sign in.
import { DEMO_USERS } from "@/prisma/demo-users";

/** The URL without its password or query string, safe to print. */
export function maskedUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = "****";
    url.search = "";
    return url.toString();
  } catch {
    return "(DATABASE_URL is not a URL)";
  }
}

export function printBanner(appUrl: string, database: string, warning: string | null = null) {
  const rows = [
    ["Role", "Email", "Password"],
    ...DEMO_USERS.map((u) => [u.role, u.email, u.password]),
  ];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  const table = rows.map((r) =>
    `    ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("   ")}`.trimEnd(),
  );
  const rule = "─".repeat(72);
  const lines = [rule, `  The app is running at ${appUrl}`, `  Database: ${database}`, ""];
  lines.push("  Demo sign-ins (they exist only in seeded demo data):", ...table, "");
  lines.push(
    warning ? `  ${warning}` : "  Only this machine can reach it (HOST=127.0.0.1; see README).",
    "",
  );
  console.log(["", ...lines, "  Press Ctrl-C to stop.", rule].join("\n"));
}
