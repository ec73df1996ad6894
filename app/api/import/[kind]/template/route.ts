import { guardedRoute } from "@/lib/auth/guard";
import { isImportKind } from "@/lib/import/columns";
import { buildTemplate } from "@/lib/import/template";
import { getUiLocale } from "@/lib/i18n/server";

const TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export const GET = guardedRoute<{ kind: string }>("import:record", async (request, { params }) => {
  const query = new URL(request.url).searchParams;
  const format = query.get("format") ?? "csv";
  const lang = query.get("lang") ?? "en";
  if (!isImportKind(params.kind) || (format !== "csv" && format !== "xlsx")) {
    return new Response("Not found.\n", { status: 404 });
  }
  if (lang !== "en" && lang !== "km") return new Response("Unknown language.\n", { status: 400 });
  // `lang` is the header row's language; the help sheet is in the reader's own UI language.
  const body = await buildTemplate(params.kind, format, lang, await getUiLocale());
  return new Response(body, {
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="${params.kind}-template-${lang}.${format}"`,
      "Cache-Control": "no-store",
    },
  });
});
