import type { Role } from "@/lib/generated/prisma/client";
import { PHNOM_PENH_ID } from "@/lib/domain/provinces";

// Demo sign-ins, documented in README.md. They exist only in seeded demo and test databases.
export type DemoUser = {
  email: string;
  name: string;
  role: Role;
  password: string;
  nationalScope: boolean;
  provinceIds: number[];
  agencyUnit: string;
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
  },
  {
    email: "manager@demo.ncct.test",
    name: "Dara Demo",
    role: "MANAGER",
    password: "Demo-Manager-2026",
    nationalScope: true,
    provinceIds: [],
    agencyUnit: "NCCT Secretariat",
  },
  {
    email: "auditor@demo.ncct.test",
    name: "Vanna Demo",
    role: "AUDITOR",
    password: "Demo-Auditor-2026",
    nationalScope: true,
    provinceIds: [],
    agencyUnit: "NCCT Monitoring and Evaluation",
  },
  {
    email: "admin@demo.ncct.test",
    name: "Rith Demo",
    role: "ADMIN",
    password: "Demo-Admin-2026",
    nationalScope: true,
    provinceIds: [],
    agencyUnit: "NCCT Secretariat",
  },
];
