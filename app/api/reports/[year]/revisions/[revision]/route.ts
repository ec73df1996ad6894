import { guardedRoute } from "@/lib/auth/guard";
import { respondWithPublishedCopy } from "@/lib/data/report-published-copy";

// A published revision as a file: ?format=json|csv|xlsx|pdf&lang=en|km (decision 0031). The JSON
// is the stored document byte for byte; the others are rebuilt from it. An export: audited first.
export const GET = guardedRoute<{ year: string; revision: string }>(
  "export:report",
  async (request, { user, params, request: context }) =>
    respondWithPublishedCopy(user, params, new URL(request.url).searchParams, context),
);
