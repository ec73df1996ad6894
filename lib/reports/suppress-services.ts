import type { TPublicServices } from "./public-types";
import { isSmall, type Suppressor } from "./suppress";
import type { TServicesSection } from "./types";

// The services section of the public variant (decision 0035), by suppress.ts's rule: each total
// hidden when small; byType's referred and provided columns each a breakdown of its own total;
// reintegration a breakdown of the victims visited.

export function suppressServices(s: Suppressor, doc: TServicesSection): TPublicServices {
  const total = (n: number) => (isSmall(n, s.k) ? null : n);
  const referred = total(doc.referred);
  const provided = total(doc.provided);
  const visitedVictims = total(doc.visitedVictims);
  const column = (id: string, key: "referred" | "provided", of: number | null) =>
    s.rows(
      id,
      doc.byType.map((r) => ({ service: r.service, count: r[key] })),
      of,
    );
  const referredRows = column("services.byType.referred", "referred", referred);
  const providedRows = column("services.byType.provided", "provided", provided);
  return {
    referred,
    provided,
    byType: doc.byType.map((r, i) => ({
      service: r.service,
      referred: referredRows[i]?.count ?? null,
      provided: providedRows[i]?.count ?? null,
    })),
    visitedVictims,
    reintegration: s.rows("services.reintegration", doc.reintegration, visitedVictims),
  };
}
