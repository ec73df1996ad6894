import "server-only";
import type { z } from "zod";
import { inScope, type ActingUser } from "@/lib/auth/acting-user";
import { fieldsOf as caseFieldsOf } from "@/lib/data/case-mutations";
import { suspectFieldsOf } from "@/lib/data/suspect-fields";
import { victimFieldsOf } from "@/lib/data/victim-fields";
import { yearInPhnomPenh } from "@/lib/domain/time";
import { AppError } from "@/lib/errors";
import { ZImportCase, type TImportCase } from "@/lib/validation/case";
import { fieldErrorOf, validationErrorMap } from "@/lib/validation/error-map";
import { ZCreateSuspect } from "@/lib/validation/suspect";
import { ZImportVictim, type TImportVictim } from "@/lib/validation/victim";
import type { ImportKind } from "./columns";
import { headerOf, type ColumnMap, type ImportIssue } from "./map-rows";

// One row, from form-shaped input to the columns it will be written with: the same zod schema,
// field mapping (…FieldsOf) and scope rule as the single-record writes, but reporting each
// problem against its row and column instead of throwing on the first.

export type CaseRef = { id: string; provinceId: number };

export type PreparedCase = {
  kind: "cases";
  data: ReturnType<typeof importedCaseFieldsOf>;
  year: number;
};

/** An imported case's fields: the form's, plus the status it arrives at and since when. */
function importedCaseFieldsOf(input: TImportCase) {
  const fields = caseFieldsOf(input);
  return {
    ...fields,
    status: input.status,
    closeReason: input.closeReason ?? null,
    statusChangedAt: fields.crackedDownAt ?? new Date(),
  };
}
export type PreparedSuspect = {
  kind: "suspects";
  data: ReturnType<typeof suspectFieldsOf>;
  provinceId: number;
};
export type PreparedVictim = {
  kind: "victims";
  data: ReturnType<typeof victimFieldsOf>;
  provinceId: number | null;
  /** The "Services referred to" column: referrals to the default providers (import-referrals.ts). */
  services: TImportVictim["servicesReferred"];
};
export type Prepared = PreparedCase | PreparedSuspect | PreparedVictim;

export type RowContext = {
  kind: ImportKind;
  user: ActingUser;
  map: ColumnMap;
  /** Live cases in the user's scope, by reference. */
  cases: Map<string, CaseRef>;
};

// Every row is parsed with the one error map, so no zod English reaches the issue table.
const PARSE = { error: validationErrorMap };

type Outcome = { ok: true; record: Prepared } | { ok: false; issues: ImportIssue[] };

function issuesOf(ctx: RowContext, row: number, error: z.ZodError): ImportIssue[] {
  return error.issues.map((issue) => {
    const message = fieldErrorOf(issue);
    return {
      row,
      column: headerOf(ctx.kind, ctx.map, String(issue.path[0] ?? "")),
      ...(typeof message === "string"
        ? { message }
        : { message: message.key, values: message.values }),
    };
  });
}

const fail = (ctx: RowContext, row: number, field: string, message: string): Outcome => ({
  ok: false,
  issues: [{ row, column: headerOf(ctx.kind, ctx.map, field), message }],
});

/** The case a person names by reference; unknown and out-of-scope read alike ("not found").
 * Sets `caseId` on the row's input, which is the row's own (rowToInput makes it). */
function linkCase(ctx: RowContext, input: Record<string, unknown>) {
  const reference = typeof input.caseReference === "string" ? input.caseReference : "";
  const found = reference ? ctx.cases.get(reference) : undefined;
  input.caseId = found?.id ?? "";
  return { reference, found, input };
}

export function prepareRow(ctx: RowContext, row: number, raw: Record<string, unknown>): Outcome {
  if (ctx.kind === "cases") {
    const parsed = ZImportCase.safeParse(raw, PARSE);
    if (!parsed.success) return { ok: false, issues: issuesOf(ctx, row, parsed.error) };
    if (!inScope(ctx.user, parsed.data.provinceId)) {
      return fail(ctx, row, "provinceId", "import.issues.outOfScope");
    }
    const data = importedCaseFieldsOf(parsed.data);
    const year = yearInPhnomPenh(data.crackedDownAt ?? new Date());
    return { ok: true, record: { kind: "cases", data, year } };
  }
  const { reference, found, input } = linkCase(ctx, raw);
  if (reference && !found) return fail(ctx, row, "caseId", "import.issues.caseNotFound");
  if (ctx.kind === "suspects") {
    const parsed = ZCreateSuspect.safeParse(input, PARSE);
    if (!parsed.success) return { ok: false, issues: issuesOf(ctx, row, parsed.error) };
    if (!found || !inScope(ctx.user, found.provinceId)) {
      return fail(ctx, row, "caseId", "import.issues.outOfScope");
    }
    const data = suspectFieldsOf(parsed.data);
    return { ok: true, record: { kind: "suspects", data, provinceId: found.provinceId } };
  }
  const parsed = ZImportVictim.safeParse(input, PARSE);
  if (!parsed.success) return { ok: false, issues: issuesOf(ctx, row, parsed.error) };
  // The template offers FOREIGN for suspects; a victim's record has no column for it (see
  // victimFieldsOf), so say exactly that rather than "choose a country".
  if (parsed.data.nationality === "FOREIGN") {
    return fail(ctx, row, "nationality", "import.issues.foreignNotForVictims");
  }
  let data: ReturnType<typeof victimFieldsOf>;
  try {
    data = victimFieldsOf(parsed.data);
  } catch (err) {
    if (err instanceof AppError) return fail(ctx, row, "nationality", "country");
    throw err;
  }
  // As assertCanWriteVictim: where they were rescued in Cambodia, else their case's province.
  const provinceId = data.rescueProvinceId ?? found?.provinceId ?? null;
  if (!inScope(ctx.user, provinceId)) {
    const field = data.rescueProvinceId ? "rescueProvinceId" : "caseId";
    return fail(ctx, row, field, "import.issues.outOfScope");
  }
  // A service listed twice is one referral.
  const services = [...new Set(parsed.data.servicesReferred)];
  return { ok: true, record: { kind: "victims", data, provinceId, services } };
}
