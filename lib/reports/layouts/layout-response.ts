import "server-only";
import type { RequestContext } from "@/lib/audit/record";
import { can, type ActingUser } from "@/lib/auth/acting-user";
import { parseLayoutRequest } from "@/lib/validation/report-layout";
import { respondWithLayoutExport } from "../export-response";
import { buildLayoutDocument } from "./export-layout";

// The routes' answer to ?layout=tip|glotip: on /api/reports/Y the JSON document (read:report,
// as the report's own JSON, decision 0022) or, for ?format=csv|xlsx, the audited file; on
// /api/reports/Y/export always the audited file, JSON included (export:report, checked by the
// route's guard). A bad option is a 400 naming the fields, never a 500.

export async function respondWithLayout(
  user: ActingUser,
  year: string,
  search: URLSearchParams,
  request: RequestContext,
  route: "read" | "export",
): Promise<Response> {
  const parsed = parseLayoutRequest(year, search);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
    return new Response(`Invalid layout options: ${fields.join(", ")}.\n`, { status: 400 });
  }
  const r = parsed.data;
  if (route === "export" || r.format !== "json") {
    if (!can(user, "export:report")) {
      return new Response("Exporting the report needs the export:report permission.\n", {
        status: 403,
      });
    }
    return respondWithLayoutExport(user, r, request);
  }
  const doc = await buildLayoutDocument(user, r);
  return new Response(`${JSON.stringify(doc, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
}
