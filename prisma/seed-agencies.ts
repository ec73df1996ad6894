import type { Db } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Db | Prisma.TransactionClient;

/**
 * Gives the demo records their agencies the way the agencies migration backfilled existing ones
 * (20261130055623): a case its province's police unit, a suspect its case's agency, a victim
 * rescued by Foreign Affairs the ministry (2), any other victim its case's agency or, with no
 * case, the police unit of the province of rescue. What matches nothing stays with the secretariat.
 */
export async function assignDemoRecordAgencies(tx: Tx) {
  await tx.$executeRaw`
    UPDATE "case" c SET agency_id = a.id
      FROM province p JOIN agency a ON a.code = 'POL-' || p.code
     WHERE p.id = c.province_id`;
  await tx.$executeRaw`
    UPDATE suspect s SET agency_id = c.agency_id FROM "case" c WHERE c.id = s.case_id`;
  await tx.$executeRaw`UPDATE victim SET agency_id = 2 WHERE rescuing_agency = 'FOREIGN_AFFAIRS'`;
  await tx.$executeRaw`
    UPDATE victim v SET agency_id = c.agency_id
      FROM "case" c WHERE c.id = v.case_id AND v.rescuing_agency <> 'FOREIGN_AFFAIRS'`;
  await tx.$executeRaw`
    UPDATE victim v SET agency_id = a.id
      FROM province p JOIN agency a ON a.code = 'POL-' || p.code
     WHERE p.id = v.rescue_province_id AND v.case_id IS NULL
       AND v.rescuing_agency <> 'FOREIGN_AFFAIRS'`;
}
