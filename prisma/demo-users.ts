import type { Role } from "@/lib/generated/prisma/client";
import { PHNOM_PENH_ID } from "@/lib/domain/provinces";
import { DEMO_SHELTER_CODE } from "./demo-agencies";

// Demo sign-ins, documented in README.md. They exist only in seeded demo and test databases.
export type DemoUser = {
  email: string;
  name: string;
  role: Role;
  password: string;
  nationalScope: boolean;
  provinceIds: number[];
  agencyUnit: string;
  /** The agency's code (reference rows from the migration, or prisma/demo-agencies.ts). */
  agencyCode: string;
};

export const DEMO_USERS: readonly DemoUser[] = [
  {
    email: "staff@demo.ncct.test",
    name: "Sokha Demo",
    role: "STAFF",
    password: "Demo-Staff-2026",
    nationalScope: false,
    provinceIds: [PHNOM_PENH_ID],
    agencyUnit: "Phnom Penh Anti-Human Trafficking Police",
    agencyCode: "POL-PNP",
  },
  {
    email: "manager@demo.ncct.test",
    name: "Dara Demo",
    role: "MANAGER",
    password: "Demo-Manager-2026",
    nationalScope: true,
    provinceIds: [],
    agencyUnit: "NCCT Secretariat",
    agencyCode: "NCCT",
  },
  {
    email: "auditor@demo.ncct.test",
    name: "Vanna Demo",
    role: "AUDITOR",
    password: "Demo-Auditor-2026",
    nationalScope: true,
    provinceIds: [],
    agencyUnit: "NCCT Monitoring and Evaluation",
    agencyCode: "NCCT",
  },
  {
    email: "admin@demo.ncct.test",
    name: "Rith Demo",
    role: "ADMIN",
    password: "Demo-Admin-2026",
    nationalScope: true,
    provinceIds: [],
    agencyUnit: "NCCT Secretariat",
    agencyCode: "NCCT",
  },
  // Agency staff whose reach is not the province (decision 0034).
  {
    email: "foreign@demo.ncct.test",
    name: "Chenda Demo",
    role: "STAFF",
    password: "Demo-Foreign-2026",
    nationalScope: true,
    provinceIds: [],
    agencyUnit: "Consular Department, repatriation desk",
    agencyCode: "MFA",
  },
  {
    email: "provider@demo.ncct.test",
    name: "Bopha Demo",
    role: "STAFF",
    password: "Demo-Provider-2026",
    nationalScope: false,
    provinceIds: [PHNOM_PENH_ID],
    agencyUnit: "Case management",
    agencyCode: DEMO_SHELTER_CODE,
  },
  {
    email: "court@demo.ncct.test",
    name: "Piseth Demo",
    role: "STAFF",
    password: "Demo-Court-2026",
    nationalScope: false,
    provinceIds: [PHNOM_PENH_ID],
    agencyUnit: "Clerk's office",
    agencyCode: "COURT-PNP",
  },
];
