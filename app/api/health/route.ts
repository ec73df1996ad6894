import { db, dbRead } from "@/lib/db";
import { cachedHealth, checkHealth, shippedMigrations } from "@/lib/server/health";

// No session and no guard: a load balancer asks it. It reads only the migrations table, on the
// primary and, with DATABASE_REPLICA_URL set, on the replica too.
export const dynamic = "force-dynamic";

export async function GET() {
  const replica = process.env.DATABASE_REPLICA_URL
    ? (sql: string) => dbRead.$queryRawUnsafe<{ migration_name: string }[]>(sql)
    : undefined;
  const health = await cachedHealth(() =>
    checkHealth((sql) => db.$queryRawUnsafe(sql), shippedMigrations, replica),
  );
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
