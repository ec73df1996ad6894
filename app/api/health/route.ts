import { db } from "@/lib/db";
import { cachedHealth, checkHealth } from "@/lib/server/health";

// No session and no guard: a load balancer asks it. It reads only the migrations table.
export const dynamic = "force-dynamic";

export async function GET() {
  const health = await cachedHealth(() => checkHealth((sql) => db.$queryRawUnsafe(sql)));
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
