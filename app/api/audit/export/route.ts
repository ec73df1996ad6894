import { guardedRoute } from "@/lib/auth/guard";
import { exportAuditCsv } from "@/lib/data/audit-export";
import { ZAuditFilters } from "@/lib/validation/audit";

export const GET = guardedRoute("read:audit", async (request, { user, request: context }) => {
  const parsed = ZAuditFilters.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return new Response("Invalid filters.\n", { status: 400 });
  const stream = await exportAuditCsv(user, parsed.data, context);
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-trail-${stamp}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
