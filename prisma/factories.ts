// Record builders shared by the seed and the tests, so both make data the same way.
import { hashPassword } from "@/lib/auth/passwords";
import { generateVictimCode } from "@/lib/domain/codes";
import type { Db } from "@/lib/db-client";
import type { Prisma, Role } from "@/lib/generated/prisma/client";

type Tx = Db | Prisma.TransactionClient;

export async function createUser(
  db: Tx,
  input: {
    email: string;
    name: string;
    role: Role;
    password: string;
    provinceIds?: number[];
    nationalScope?: boolean;
    agencyId?: number;
    agencyUnit?: string;
  },
) {
  return db.user.create({
    data: {
      email: input.email.toLowerCase(),
      name: input.name,
      role: input.role,
      passwordHash: await hashPassword(input.password),
      nationalScope: input.nationalScope ?? false,
      agencyId: input.agencyId,
      agencyUnit: input.agencyUnit,
      provinces: { create: (input.provinceIds ?? []).map((provinceId) => ({ provinceId })) },
    },
  });
}

export function buildCase(
  overrides: Partial<Prisma.CaseUncheckedCreateInput> &
    Pick<Prisma.CaseUncheckedCreateInput, "reference" | "provinceId">,
): Prisma.CaseUncheckedCreateInput {
  return {
    offenceType: "HUMAN_TRAFFICKING",
    leadAgency: "Anti-Human Trafficking and Juvenile Protection Police",
    crackedDownAt: new Date("2017-06-15T03:00:00Z"),
    status: "INVESTIGATION",
    ...overrides,
  };
}

export function buildSuspect(
  overrides: Partial<Prisma.SuspectUncheckedCreateInput> = {},
): Prisma.SuspectUncheckedCreateInput {
  return {
    name: "Demo Suspect",
    sex: "MALE",
    ageYears: 40,
    nationality: "KH",
    isForeign: false,
    role: "RECRUITER",
    ...overrides,
  };
}

export function buildVictim(
  overrides: Partial<Prisma.VictimUncheckedCreateInput> = {},
): Prisma.VictimUncheckedCreateInput {
  return {
    code: generateVictimCode(),
    name: "Demo Victim",
    sex: "FEMALE",
    ageAtRescue: 16,
    nationality: "KH",
    rescuedAt: new Date("2017-06-15T03:00:00Z"),
    rescuingAgency: "POLICE_JUDICIAL",
    exploitationType: "SEXUAL",
    ...overrides,
  };
}
