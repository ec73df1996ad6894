import { can, type ActingUser } from "@/lib/auth/acting-user";
import type { TAgeBandSet } from "@/lib/domain/age-bands";
import { CtdcExportForm } from "./ctdc-export-form";
import { ExportMenuForm } from "./export-menu-form";

/**
 * The report's exports (CSV, XLSX, JSON, PDF; full or public), the TIP and GLOTIP layouts (CSV,
 * XLSX, JSON) and the CTDC record-level file, for the roles that may export.
 * The route checks `export:report` again; hiding the menu is only a convenience.
 */
export function ExportMenu({
  user,
  year,
  bands,
  period = null,
}: {
  user: ActingUser;
  year: number;
  bands: TAgeBandSet;
  period?: { from: string; to: string } | null;
}) {
  if (!can(user, "export:report")) return null;
  return (
    <div className="space-y-6">
      <ExportMenuForm year={year} bands={bands} period={period} />
      <CtdcExportForm year={year} />
    </div>
  );
}
