import fc from "fast-check";
import { AGENCY_KINDS } from "@/lib/domain/agencies";
import { LSHTSE_OFFERED } from "@/lib/domain/charges";
import { AGENCY_SERVICES } from "@/lib/validation/agencies";
import { APPEAL_STATUSES, COURT_OUTCOMES } from "@/lib/validation/court";
import { currentRef, type ActionFixtures } from "./action-fixtures";
import { mutation, type FieldKind, type Mutation } from "./hostile-fields";
import type { Target } from "./record-targets";

// The permissions lane's actions (decision 0034): a suspect's court fields alone, and the
// agency administration.

const id = { kind: "uuid" } as const;
const version = { kind: "version" } as const;
const text = (max: number, required = false) => ({ kind: "text", max, required }) as const;
const oneOf = (values: readonly string[]) => ({ kind: "enum", values }) as const;

const courtFields: Record<string, FieldKind> = {
  chargedOn: { kind: "date" },
  chargedTime: { kind: "time" },
  courtProvinceId: { kind: "province", required: false },
  chargeArticles: {
    kind: "list",
    values: [...LSHTSE_OFFERED.map((a) => `LSHTSE-${a.article}`), "CC-239", "CC-672"],
  },
  criminalCodeArticles: text(200),
  courtOutcome: oneOf(COURT_OUTCOMES),
  verdictOn: { kind: "date" },
  verdictTime: { kind: "time" },
  sentenceMonths: { kind: "age" },
  sentenceSuspended: { kind: "checkbox" },
  fineRiel: { kind: "age" },
  appealStatus: oneOf(APPEAL_STATUSES),
};

const agencyFields: Record<string, FieldKind> = {
  code: text(24, true),
  kind: oneOf(AGENCY_KINDS),
  nameEn: text(200, true),
  nameKm: text(200, true),
  provinceId: { kind: "province", required: false },
  services: { kind: "list", values: AGENCY_SERVICES },
  active: { kind: "checkbox" },
};

const agencyForm = () => ({
  code: `NGO-F${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
  kind: "NGO",
  nameEn: "Fuzz shelter",
  nameKm: "ជម្រកសាកល្បង",
  provinceId: "12",
  services: ["SHELTER"],
  active: "on",
});

async function agencyRef(fx: ActionFixtures) {
  const { version } = await fx.db.agency.findUniqueOrThrow({
    where: { id: fx.agencyId },
    select: { version: true },
  });
  return { id: String(fx.agencyId), version: String(version) };
}

export const PERM_TARGETS: Record<string, Target> = {
  updateSuspectCourtSpec: {
    actor: (fx) => fx.staff,
    fields: { id, version, ...courtFields },
    base: async (fx) => ({
      ...(await currentRef(fx.db, "suspect", fx.own.suspect.live.id)),
      courtProvinceId: "12",
      courtOutcome: "PENDING",
      chargedOn: "2018-03-01",
    }),
    extra: () => [
      fc.constant(
        mutation("foreign suspect", { id: "<province 17 suspect>" }, true, (async (
          fx: ActionFixtures,
        ) => currentRef(fx.db, "suspect", fx.foreign.suspect.live.id)) as Mutation["build"]),
      ),
    ],
    runs: 60,
    writes: ["suspect"],
  },
  createAgencySpec: {
    actor: (fx) => fx.admin,
    fields: agencyFields,
    base: async () => agencyForm(),
    runs: 40,
    writes: ["agency"],
  },
  updateAgencySpec: {
    actor: (fx) => fx.admin,
    fields: { id: version, version, ...agencyFields },
    base: async (fx) => ({ ...agencyForm(), ...(await agencyRef(fx)) }),
    runs: 40,
    writes: ["agency"],
  },
};
