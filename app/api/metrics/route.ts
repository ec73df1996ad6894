import { metrics } from "@/lib/observability/metrics";
import { checkMetricsAccess } from "@/lib/server/metrics-access";

// Prometheus's scrape target: request durations, pool use, audit-lock waits, slow queries and
// the process's own figures. No session: a bearer token (METRICS_TOKEN), or a 404 when unset.
// Labels hold route patterns, methods, status classes and pool names, never personal data.
export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

export async function GET(request: Request) {
  const access = checkMetricsAccess(
    request.headers.get("authorization"),
    process.env.METRICS_TOKEN,
  );
  if (access === "disabled")
    return new Response("Not found.\n", { status: 404, headers: NO_STORE });
  if (access === "unauthorized") {
    return new Response("A metrics token is required.\n", {
      status: 401,
      headers: { ...NO_STORE, "WWW-Authenticate": 'Bearer realm="metrics"' },
    });
  }
  const { registry } = metrics();
  return new Response(await registry.metrics(), {
    headers: { ...NO_STORE, "Content-Type": registry.contentType },
  });
}
