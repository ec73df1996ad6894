import { guardedRoute } from "@/lib/auth/guard";
import { isImportKind } from "@/lib/import/columns";
import { buildTemplate } from "@/lib/import/template";

const TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export const GET = guardedRoute<{ kind: string }>("write:record", async (request, { params }) => {
  const query = new URL(request.url).searchParams;
  const format = query.get("format") ?? "csv";
  const lang = query.get("lang") ?? "en";
  if (!isImportKind(params.kind) || (format !== "csv" && format !== "xlsx")) {
    return new Response("Not found.\n", { status: 404 });
  }
  if (lang !== "en" && lang !== "km") return new Response("Unknown language.\n", { status: 400 });
  const body = await buildTemplate(params.kind, format, lang);
  return new Response(body, {
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="${params.kind}-template-${lang}.${format}"`,
      "Cache-Control": "no-store",
    },
  });
});
