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

type Run = { province_id: number; year: number; count: number };

/**
 * One reference per case, numbered in the order given within each province and year: each
 * (province, year)'s whole run of numbers is taken in ONE statement (imports, the demo seed), with
 * the same row locks as allocateCaseReference, so cases entered later carry on after them.
 */
export async function allocateCaseReferences(
  tx: Prisma.TransactionClient,
  cases: readonly { provinceId: number; year: number }[],
): Promise<string[]> {
  const keyOf = (provinceId: number, year: number) => `${provinceId}-${year}`;
  const runs = new Map<string, Run>();
  for (const c of cases) {
    const key = keyOf(c.provinceId, c.year);
    const run = runs.get(key) ?? { province_id: c.provinceId, year: c.year, count: 0 };
    runs.set(key, { ...run, count: run.count + 1 });
  }
  // As in allocateCaseReference, the upsert's row locks keep the numbers until the transaction
  // ends, and a rollback gives them back.
  const taken = await tx.$queryRaw<{ province_id: number; year: number; last_value: number }[]>`
    INSERT INTO case_sequence (province_id, year, last_value)
    SELECT province_id, year, count
      FROM jsonb_to_recordset(${JSON.stringify([...runs.values()])}::jsonb)
        AS t(province_id int, year int, count int)
    ON CONFLICT (province_id, year)
    DO UPDATE SET last_value = case_sequence.last_value + EXCLUDED.last_value
    RETURNING province_id, year, last_value`;
  const next = new Map(
    taken.map((t) => {
      const key = keyOf(t.province_id, t.year);
      return [key, t.last_value - runs.get(key)!.count + 1];
    }),
  );
  return cases.map((c) => {
    const key = keyOf(c.provinceId, c.year);
    const sequence = next.get(key)!;
    next.set(key, sequence + 1);
    const code = PROVINCES.find((p) => p.id === c.provinceId)!.code;
    return formatCaseReference(code, c.year, sequence);
  });
}
