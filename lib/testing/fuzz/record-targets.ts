import fc from "fast-check";
import { CLOSE_REASONS } from "@/lib/domain/case-workflow";
import { CASE_STATUSES, OFFENCE_TYPES } from "@/lib/validation/case";
import { SEXES } from "@/lib/validation/person";
import { LSHTSE_OFFERED } from "@/lib/domain/charges";
import { APPEAL_STATUSES, COURT_OUTCOMES, SUSPECT_ROLES } from "@/lib/validation/suspect";
import { EXPLOITATION_TYPES, RESCUING_AGENCIES, SERVICE_TYPES } from "@/lib/validation/victim";
import { caseForm, suspectForm, victimForm } from "../people";
import {
  currentRef,
  FOREIGN_PROVINCE,
  resetDeleted,
  type ActionFixtures,
  type Actor,
  type RecordKind,
} from "./action-fixtures";
import { futureMoment, mutation, type FieldKind, type Mutation } from "./hostile-fields";

// How to fuzz each server action: who acts, a valid input to start from, the kind of each field,
// the hostile inputs particular to it (another province's records), and what a success may write.

export type Target = {
  actor: Actor;
  fields: Record<string, FieldKind>;
  base: (fx: ActionFixtures) => Promise<Record<string, unknown>>;
  extra?: () => fc.Arbitrary<Mutation>[];
  /** Whether the valid input may be sent unchanged (not when success would spoil later runs). */
  baseline?: false;
  runs: number;
  /** Tables an accepted input may change, besides audit_event. */
  writes: string[];
  /** Audit rows an accepted input writes. */
  audit?: number;
};

const staff: Actor = (fx) => fx.staff;
const RECORD_RUNS = 60;
const id = { kind: "uuid" } as const;
const version = { kind: "version" } as const;
const text = (max: number, required = false) => ({ kind: "text", max, required }) as const;
const oneOf = (values: readonly string[]) => ({ kind: "enum", values }) as const;

const caseFields: Record<string, FieldKind> = {
  offenceType: oneOf(OFFENCE_TYPES),
  provinceId: { kind: "province", required: true },
  leadAgency: text(200, true),
  crackedDownOn: { kind: "date" },
  crackedDownTime: { kind: "time" },
  summary: text(4000),
};

const person: Record<string, FieldKind> = {
  name: text(200, true),
  sex: oneOf(SEXES),
  dateOfBirth: { kind: "date" },
  nationality: { kind: "country" },
};
const suspectFields: Record<string, FieldKind> = {
  caseId: id,
  ...person,
  ageYears: { kind: "age" },
  role: oneOf(SUSPECT_ROLES),
  arrestedOn: { kind: "date" },
  arrestedTime: { kind: "time" },
  arrestingUnit: text(200),
  chargedOn: { kind: "date" },
  chargedTime: { kind: "time" },
  courtProvinceId: { kind: "province", required: false },
  chargeArticles: {
    kind: "list",
    values: [...LSHTSE_OFFERED.map((a) => `LSHTSE-${a.article}`), "CC-239", "CC-672"],
  },
  criminalCodeArticles: text(200),
  charges: text(2000),
  courtOutcome: oneOf(COURT_OUTCOMES),
  verdictOn: { kind: "date" },
  verdictTime: { kind: "time" },
  // Whole numbers with their hostile edges, as an age's are (negative, huge, fractional, text).
  sentenceMonths: { kind: "age" },
  sentenceSuspended: { kind: "checkbox" },
  fineRiel: { kind: "age" },
  appealStatus: oneOf(APPEAL_STATUSES),
};
const victimFields: Record<string, FieldKind> = {
  caseId: id,
  ...person,
  ageAtRescue: { kind: "age" },
  homeProvinceId: { kind: "province", required: false },
  rescuedOn: { kind: "date" },
  rescuedTime: { kind: "time" },
  rescuePlace: oneOf(["CAMBODIA", "ABROAD"]),
  rescueProvinceId: { kind: "province", required: false },
  rescueCountry: { kind: "country" },
  rescuingAgency: oneOf(RESCUING_AGENCIES),
  exploitationType: oneOf(EXPLOITATION_TYPES),
};

/** The same fields as the import's columns name them (lib/import/columns.ts `field`). */
export const IMPORT_FIELD_KINDS: Record<string, Record<string, FieldKind>> = {
  // An imported case may arrive at any status, a closed one with its reason (decision 0036).
  cases: { ...caseFields, status: oneOf(CASE_STATUSES), closeReason: oneOf(CLOSE_REASONS) },
  suspects: suspectFields,
  // The import's "Services referred to" column makes referrals; the form has no such field.
  victims: { ...victimFields, servicesReferred: { kind: "list", values: SERVICE_TYPES } },
};

type Kind = RecordKind;
type Side = "own" | "foreign";
type Role = "live" | "doomed" | "deleted";

const refOf = (fx: ActionFixtures, kind: Kind, side: Side, role: Role = "live") =>
  currentRef(fx.db, kind, fx[side][kind][role].id);

/** Province 17's record, at its current version: out of the staff member's reach, whatever else
 * the input says. */
const foreignRecord = (kind: Kind, role: Role = "live") =>
  fc.constant(
    mutation(`foreign ${kind}`, { id: `<province 17 ${role} ${kind}>` }, true, (async (
      fx: ActionFixtures,
    ) => refOf(fx, kind, "foreign", role)) as Mutation["build"]),
  );

/** Moving one's own record into, or creating one in, province 17's case. */
const foreignCase = (extra: Record<string, unknown> = {}) =>
  fc.constant(
    mutation("foreign case", { caseId: "<province 17 case>", ...extra }, true, (async (
      fx: ActionFixtures,
    ) => ({ caseId: fx.foreign.case.live.id, ...extra })) as Mutation["build"]),
  );

function deleteAndRestore(kind: Kind): Record<string, Target> {
  const name = kind[0]!.toUpperCase() + kind.slice(1);
  const ref = (deleted: boolean): Target => ({
    actor: staff,
    fields: { id, version },
    base: async (fx) => {
      const role = deleted ? "deleted" : "doomed";
      await resetDeleted(fx.db, kind, fx.own[kind][role].id, deleted);
      return refOf(fx, kind, "own", role);
    },
    extra: () => [foreignRecord(kind, deleted ? "deleted" : "doomed")],
    runs: RECORD_RUNS / 2,
    writes: [kind],
  });
  return { [`delete${name}Spec`]: ref(false), [`restore${name}Spec`]: ref(true) };
}

export const RECORD_TARGETS: Record<string, Target> = {
  createCaseSpec: {
    actor: staff,
    fields: caseFields,
    base: async () => caseForm(),
    extra: () => [
      fc.constant(mutation("foreign province", { provinceId: String(FOREIGN_PROVINCE) }, true)),
      futureMoment("crackedDownOn", "crackedDownTime"),
    ],
    runs: RECORD_RUNS,
    writes: ["case", "case_sequence", "case_status_change"],
  },
  updateCaseSpec: {
    actor: staff,
    fields: { id, version, ...caseFields },
    base: async (fx) => ({ ...caseForm(), ...(await refOf(fx, "case", "own")) }),
    extra: () => [
      foreignRecord("case"),
      fc.constant(mutation("foreign province", { provinceId: String(FOREIGN_PROVINCE) }, true)),
      futureMoment("crackedDownOn", "crackedDownTime"),
    ],
    runs: RECORD_RUNS,
    writes: ["case"],
  },
  ...deleteAndRestore("case"),
  createSuspectSpec: {
    actor: staff,
    fields: suspectFields,
    base: async (fx) => suspectForm(fx.own.case.live.id),
    extra: () => [foreignCase(), futureMoment("arrestedOn", "arrestedTime")],
    runs: RECORD_RUNS,
    writes: ["suspect"],
  },
  updateSuspectSpec: {
    actor: staff,
    fields: { id, version, ...suspectFields },
    base: async (fx) => ({
      ...suspectForm(fx.own.suspect.live.caseId),
      ...(await refOf(fx, "suspect", "own")),
    }),
    extra: () => [
      foreignRecord("suspect"),
      foreignCase(),
      futureMoment("arrestedOn", "arrestedTime"),
    ],
    runs: RECORD_RUNS,
    writes: ["suspect"],
  },
  ...deleteAndRestore("suspect"),
  createVictimSpec: {
    actor: staff,
    fields: victimFields,
    base: async (fx) => victimForm(fx.own.case.live.id),
    extra: () => [
      foreignCase(),
      // No case: the province of rescue decides whose record it is.
      fc.constant(
        mutation(
          "foreign province",
          { caseId: "", rescueProvinceId: String(FOREIGN_PROVINCE) },
          true,
        ),
      ),
      futureMoment("rescuedOn", "rescuedTime"),
    ],
    runs: RECORD_RUNS,
    writes: ["victim"],
  },
  updateVictimSpec: {
    actor: staff,
    fields: { id, version, ...victimFields },
    base: async (fx) => ({
      ...victimForm(fx.own.victim.live.caseId),
      ...(await refOf(fx, "victim", "own")),
    }),
    extra: () => [foreignRecord("victim"), foreignCase(), futureMoment("rescuedOn", "rescuedTime")],
    runs: RECORD_RUNS,
    writes: ["victim"],
  },
  ...deleteAndRestore("victim"),
};
