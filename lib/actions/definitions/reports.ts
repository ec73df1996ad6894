import type { GuardSpec } from "@/lib/auth/guard-core";
import { publishReport } from "@/lib/data/report-publishing";
import { ZPublishReport } from "@/lib/validation/report-publish";

export const publishReportSpec = {
  permission: "publish:report",
  schema: ZPublishReport,
  handler: (input, { user, request }) => publishReport(user, input, request),
} satisfies GuardSpec<typeof ZPublishReport, unknown>;
