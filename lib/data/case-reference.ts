// Not "server-only": the seed uses it too. It only runs inside a caller's transaction.
import { formatCaseReference } from "@/lib/domain/codes";
import { PROVINCES } from "@/lib/domain/provinces";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The next reference for a province and year, e.g. PNP-2017-0042. The upsert takes a row lock on
 * the (province, year) counter until the caller's transaction ends, so concurrent creations wait
 * for each other and never share a number; a rolled-back creation gives its number back.
 */
export async function allocateCaseReference(
  tx: Prisma.TransactionClient,
  provinceId: number,
  year: number,
): Promise<string> {
  const province = PROVINCES.find((p) => p.id === provinceId);
  if (!province) throw new Error(`Unknown province ${provinceId}`);
  const [row] = await tx.$queryRaw<{ last_value: number }[]>`
    INSERT INTO case_sequence (province_id, year, last_value) VALUES (${provinceId}, ${year}, 1)
    ON CONFLICT (province_id, year) DO UPDATE SET last_value = case_sequence.last_value + 1
    RETURNING last_value`;
  return formatCaseReference(province.code, year, row!.last_value);
}
