"use server";

import { guardedAction } from "@/lib/auth/guard";
import { publishReportSpec } from "./definitions/reports";

export const publishReportAction = guardedAction({
  ...publishReportSpec,
  // The year's page shows the new revision; the next year's compares with it.
  onSuccess: ({ year }) => ({
    revalidate: ["/reports", `/reports/${year}`, `/reports/${year + 1}`],
  }),
});
