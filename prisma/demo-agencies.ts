import type { AgencyKind, ServiceType } from "@/lib/generated/prisma/enums";

// Demo partner NGOs, added by the demo seed (government bodies come with the migration). Fictional.
export type DemoAgency = {
  code: string;
  kind: AgencyKind;
  nameEn: string;
  nameKm: string;
  provinceId: number | null;
  services: ServiceType[];
};

export const DEMO_SHELTER_CODE = "NGO-SAFEHAVEN";

export const DEMO_AGENCIES: readonly DemoAgency[] = [
  {
    code: DEMO_SHELTER_CODE,
    kind: "NGO",
    nameEn: "Safe Haven Shelter (demo)",
    nameKm: "មណ្ឌលស្នាក់នៅសុវត្ថិភាព (សាកល្បង)",
    provinceId: 12,
    services: ["SHELTER", "PSYCHOSOCIAL", "MEDICAL", "REINTEGRATION", "VOCATIONAL"],
  },
  {
    code: "NGO-LEGALAID",
    kind: "NGO",
    nameEn: "Legal Aid Partners (demo)",
    nameKm: "ដៃគូជំនួយផ្លូវច្បាប់ (សាកល្បង)",
    provinceId: null,
    services: ["LEGAL"],
  },
];
