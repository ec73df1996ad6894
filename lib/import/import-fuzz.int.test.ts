import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { testDb } from "@/lib/testing/db";
import {
  auditDelta,
  changedTables,
  fingerprintPool,
  takeFingerprint,
} from "@/lib/testing/fuzz/db-fingerprint";
import { futureMoment, mutation, type Mutation } from "@/lib/testing/fuzz/hostile-fields";
import { pollutingKeys } from "@/lib/testing/fuzz/hostile-values";
import {
  FOREIGN_PROVINCE_NAME,
  hostileCell,
  xlsxFormula,
  xlsxTyped,
} from "@/lib/testing/fuzz/import-cells";
import { importFile, validRow, type References } from "@/lib/testing/fuzz/import-files";
import { IMPORT_FIELD_KINDS } from "@/lib/testing/fuzz/record-targets";
import {
  assertFuzz,
  fuzzRuns,
  generatedCount,
  notSkipped,
  vitestReplay,
} from "@/lib/testing/fuzz/run-fuzz";
import { makeCase } from "@/lib/testing/people";
import { makeUser } from "@/lib/testing/users";
import { COLUMNS, IMPORT_KINDS, type ImportKind } from "./columns";
import { REQUEST } from "@/lib/testing/import-files";
import { importRecords } from "./run-import";

// Issue 9: every column of every import kind, one hostile cell in an otherwise valid row, as CSV
// and as XLSX (whose cells can also be numbers, dates, formulas). A refusal names row 2 and the
// column (or says why the file was refused) and writes only its import.refused audit row; an
// accepted file writes its one record, its audit row and import.completed.

const FILE = "lib/import/import-fuzz.int.test.ts";
const RUNS_PER_COLUMN = 12;
const TABLE: Record<ImportKind, string> = { cases: "case", suspects: "suspect", victims: "victim" };

const db = testDb();
const pool = fingerprintPool();
let staff: ActingUser;
let refs: References;
beforeAll(async () => {
  staff = await makeUser(db, "STAFF", { provinceIds: [12] });
  const reference = async (province: number) =>
    (await db.case.findUniqueOrThrow({ where: { id: (await makeCase(db, province)).id } }))
      .reference;
  refs = { own: await reference(12), foreign: await reference(17) };
});
afterAll(async () => {
  await pool.end();
  await db.$disconnect();
});

type Generated = { mutation: Mutation; format: "csv" | "xlsx" };

async function checkImport(kind: ImportKind, { mutation: m, format }: Generated) {
  const row = { ...validRow(kind, refs), ...m.patch };
  const file = await importFile(kind, format, row);
  const before = await takeFingerprint(pool);
  // A throw here is what the import route turns into "unexpected" (and a logged error).
  const result = await importRecords(staff, file, REQUEST);
  const after = await takeFingerprint(pool);
  if (!result.ok) {
    expect(result.messageKey, "refused with a catalogue key").toMatch(/^[A-Za-z][\w.-]*$/);
    expect(changedTables(before, after), "a refusal writes only its audit row").toEqual([
      "audit_event",
    ]);
    expect(auditDelta(before, after)).toBe(1);
    const last = await db.auditEvent.findFirst({
      where: { actorId: staff.id },
      orderBy: { id: "desc" },
    });
    expect(last?.action).toBe("import.refused");
    if (result.messageKey === "invalidRows" || result.messageKey === "unsafeCells") {
      const named = result.issues.some(
        (i) => i.row === 2 && Object.keys(m.patch).includes(i.column),
      );
      expect(
        named,
        `issues ${JSON.stringify(result.issues)} name row 2, ${Object.keys(m.patch)}`,
      ).toBe(true);
    }
    return;
  }
  expect(m.mustRefuse, `accepted a hostile cell (${m.category})`).toBe(false);
  expect(result.count).toBe(1);
  // A victim's "Services referred to" become referrals, each with its own audit row (0035).
  const referrals = kind === "victims" ? ["referral", "referral_event"] : [];
  const allowed = new Set([TABLE[kind], "audit_event", "case_sequence", ...referrals]);
  expect(changedTables(before, after).filter((t) => !allowed.has(t))).toEqual([]);
  const referred = Number(after.referral?.[0] ?? 0) - Number(before.referral?.[0] ?? 0);
  expect(auditDelta(before, after), "the record's audit row and import.completed").toBe(
    2 + referred,
  );
}

const formats = fc.constantFrom<"csv" | "xlsx">("csv", "csv", "xlsx");

function fuzzImport(
  kind: ImportKind,
  title: string,
  mutations: fc.Arbitrary<Mutation>,
  runs: number,
) {
  it(title, { timeout: 120_000 }, async () => {
    await assertFuzz(
      fc.asyncProperty(
        fc.record({ mutation: mutations.filter(notSkipped), format: formats }),
        (g) => checkImport(kind, g),
      ),
      { runs: fuzzRuns(runs), replay: vitestReplay(FILE, title), key: title },
    );
  });
}

describe("import columns under hostile cells", () => {
  for (const kind of IMPORT_KINDS) {
    for (const def of COLUMNS[kind]) {
      const fieldKind = IMPORT_FIELD_KINDS[kind]?.[def.field];
      const cells = fc.oneof(
        { weight: 6, arbitrary: hostileCell(def, fieldKind) },
        {
          weight: 1,
          arbitrary: xlsxTyped.map((v) => mutation("xlsxTyped", { [def.en]: v }, false)),
        },
        {
          weight: 1,
          arbitrary: xlsxFormula.map((v) => mutation("xlsxFormula", { [def.en]: v }, true)),
        },
      );
      fuzzImport(
        kind,
        `${kind} › ${def.en}: refused by row and column, or written exactly`,
        cells,
        RUNS_PER_COLUMN,
      );
    }
  }
});

describe("imports that reach another province, the future or Object.prototype", () => {
  const foreign = (patch: Record<string, unknown>) => fc.constant(mutation("foreign", patch, true));
  const cases: Record<ImportKind, fc.Arbitrary<Mutation>[]> = {
    cases: [
      foreign({ Province: FOREIGN_PROVINCE_NAME }),
      futureMoment("Crack-down date", "Crack-down time"),
    ],
    suspects: [
      foreign({ "Case reference": "<foreign>" }),
      futureMoment("Arrest date", "Arrest time"),
    ],
    victims: [
      foreign({ "Case reference": "<foreign>" }),
      foreign({ "Case reference": "", "Province of rescue": FOREIGN_PROVINCE_NAME }),
      futureMoment("Rescue date", "Rescue time"),
    ],
  };
  for (const kind of IMPORT_KINDS) {
    const withRefs = fc
      .oneof(...cases[kind])
      .map((m) =>
        m.patch["Case reference"] === "<foreign>"
          ? mutation(m.category, { ...m.patch, "Case reference": refs.foreign }, true)
          : m,
      );
    fuzzImport(
      kind,
      `${kind}: another province's records and future times are refused`,
      withRefs,
      12,
    );

    // A header named __proto__ or constructor is an unknown column, not a key of every object.
    const headers = pollutingKeys.map((keys) =>
      mutation("pollutingHeader", Object.fromEntries(keys.map((k) => [k, "x"])), true),
    );
    fuzzImport(kind, `${kind}: headers named after Object.prototype are refused`, headers, 4);
  }

  it("threw at least 400 generated files", () => {
    if (process.env.FUZZ_PATH || process.env.FUZZ_RUNS || process.env.FUZZ_SKIP) return;
    expect(generatedCount()).toBeGreaterThanOrEqual(400);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
