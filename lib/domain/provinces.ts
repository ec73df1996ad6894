// Cambodia's 25 provinces, counting the capital. `id` is the number of the ISO 3166-2:KH code;
// `code` is the short code used in case references (e.g. PNP-2017-0042).
export type ProvinceSeed = { id: number; code: string; nameEn: string; nameKm: string };

export const PROVINCES: readonly ProvinceSeed[] = [
  { id: 1, code: "BMC", nameEn: "Banteay Meanchey", nameKm: "បន្ទាយមានជ័យ" },
  { id: 2, code: "BTB", nameEn: "Battambang", nameKm: "បាត់ដំបង" },
  { id: 3, code: "KCM", nameEn: "Kampong Cham", nameKm: "កំពង់ចាម" },
  { id: 4, code: "KCH", nameEn: "Kampong Chhnang", nameKm: "កំពង់ឆ្នាំង" },
  { id: 5, code: "KSP", nameEn: "Kampong Speu", nameKm: "កំពង់ស្ពឺ" },
  { id: 6, code: "KTM", nameEn: "Kampong Thom", nameKm: "កំពង់ធំ" },
  { id: 7, code: "KPT", nameEn: "Kampot", nameKm: "កំពត" },
  { id: 8, code: "KDL", nameEn: "Kandal", nameKm: "កណ្ដាល" },
  { id: 9, code: "KKG", nameEn: "Koh Kong", nameKm: "កោះកុង" },
  { id: 10, code: "KRT", nameEn: "Kratié", nameKm: "ក្រចេះ" },
  { id: 11, code: "MDK", nameEn: "Mondulkiri", nameKm: "មណ្ឌលគិរី" },
  { id: 12, code: "PNP", nameEn: "Phnom Penh", nameKm: "ភ្នំពេញ" },
  { id: 13, code: "PVH", nameEn: "Preah Vihear", nameKm: "ព្រះវិហារ" },
  { id: 14, code: "PVG", nameEn: "Prey Veng", nameKm: "ព្រៃវែង" },
  { id: 15, code: "PST", nameEn: "Pursat", nameKm: "ពោធិ៍សាត់" },
  { id: 16, code: "RTK", nameEn: "Ratanakiri", nameKm: "រតនគិរី" },
  { id: 17, code: "SRP", nameEn: "Siem Reap", nameKm: "សៀមរាប" },
  { id: 18, code: "PSN", nameEn: "Preah Sihanouk", nameKm: "ព្រះសីហនុ" },
  { id: 19, code: "STG", nameEn: "Stung Treng", nameKm: "ស្ទឹងត្រែង" },
  { id: 20, code: "SVR", nameEn: "Svay Rieng", nameKm: "ស្វាយរៀង" },
  { id: 21, code: "TKO", nameEn: "Takéo", nameKm: "តាកែវ" },
  { id: 22, code: "OMC", nameEn: "Oddar Meanchey", nameKm: "ឧត្ដរមានជ័យ" },
  { id: 23, code: "KEP", nameEn: "Kep", nameKm: "កែប" },
  { id: 24, code: "PLN", nameEn: "Pailin", nameKm: "ប៉ៃលិន" },
  { id: 25, code: "TBK", nameEn: "Tboung Khmum", nameKm: "ត្បូងឃ្មុំ" },
];

export const PHNOM_PENH_ID = 12;

export function isoCodeOf(provinceId: number): string {
  return `KH-${provinceId}`;
}

/** The province id of an ISO 3166-2:KH code ("KH-12" → 12), or undefined. */
export function provinceIdOfIso(code: string): number | undefined {
  const match = /^KH-(\d{1,2})$/.exec(code);
  const id = match ? Number(match[1]) : NaN;
  return PROVINCES.some((p) => p.id === id) ? id : undefined;
}

const BY_ID = new Map(PROVINCES.map((p) => [p.id, p]));

/** A province's names, from the reference data the migrations load into `province`: the lists
 * select only the id, and name it in the reader's language here, without a join. */
export function provinceOf(id: number | null): ProvinceSeed | null {
  return id === null ? null : (BY_ID.get(id) ?? null);
}
