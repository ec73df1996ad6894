import { guardedRoute } from "@/lib/auth/guard";
import { exportAuditCsv } from "@/lib/data/audit-export";
import { ZAuditFilters } from "@/lib/validation/audit";

export const GET = guardedRoute("read:audit", async (request, { user, request: context }) => {
  const parsed = ZAuditFilters.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    // Name the refused filters (not their values): a script's author can see what to correct.
    const names = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? "")))];
    return new Response(`Invalid filters: ${names.join(", ")}.\n`, { status: 400 });
  }
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
