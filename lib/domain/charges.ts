import { PHNOM_PENH_ID, PROVINCES } from "./provinces";

// The articles a suspect is charged under, stored as codes (suspect.charge_articles, decision
// 0029): "LSHTSE-<n>" for the 2008 Law on Suppression of Human Trafficking and Sexual
// Exploitation, "CC-<n>" for the Criminal Code of 2009. The database checks the shape of a code;
// this file says which numbers each instrument has.

/** The 2008 Law has 52 articles; the Criminal Code 672. */
export const LSHTSE_LAST_ARTICLE = 52;
export const CRIMINAL_CODE_LAST_ARTICLE = 672;
export const MAX_CHARGE_ARTICLES = 20;

/**
 * The 2008 Law's offence articles charges are brought under, offered as a list on the suspect
 * form. `titled` articles have a short title in the catalogues (`charges.titles.<n>`), taken from
 * the published English translation and court reports (Art. 10: unlawful removal with purpose;
 * 25, 27, 28: procurement of prostitution, aggravated and with regard to a child; 34: purchase of
 * child prostitution). The others are labelled by their number only: a title not checked against
 * the text is not given.
 */
export const LSHTSE_OFFERED: readonly { article: number; titled: boolean }[] = [
  { article: 10, titled: true },
  { article: 11, titled: false },
  { article: 12, titled: false },
  { article: 15, titled: false },
  { article: 16, titled: false },
  { article: 17, titled: false },
  { article: 19, titled: false },
  { article: 25, titled: true },
  { article: 27, titled: true },
  { article: 28, titled: true },
  { article: 30, titled: false },
  { article: 32, titled: false },
  { article: 34, titled: true },
  { article: 35, titled: false },
  { article: 42, titled: false },
  { article: 43, titled: false },
];

export type ChargeInstrument = "LSHTSE" | "CC";
export type ChargeArticle = { instrument: ChargeInstrument; article: number };

const CODE = /^(LSHTSE|CC)-([1-9]\d{0,2})$/;

/** "LSHTSE-15" → { LSHTSE, 15 }; undefined for anything that is not a code of an existing article. */
export function parseChargeCode(code: string): ChargeArticle | undefined {
  const match = CODE.exec(code);
  if (!match) return undefined;
  const instrument = match[1] as ChargeInstrument;
  const article = Number(match[2]);
  const last = instrument === "LSHTSE" ? LSHTSE_LAST_ARTICLE : CRIMINAL_CODE_LAST_ARTICLE;
  return article <= last ? { instrument, article } : undefined;
}

export function chargeCode(instrument: ChargeInstrument, article: number): string {
  return `${instrument}-${article}`;
}

/** Codes in a stable order: the 2008 Law first, then the Criminal Code, each by article. */
export function sortChargeCodes(codes: readonly string[]): string[] {
  const rank = (code: string) => {
    const parsed = parseChargeCode(code);
    return parsed ? (parsed.instrument === "LSHTSE" ? 0 : 1000) + parsed.article : 10_000;
  };
  return [...codes].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * The court of first instance of a province: Phnom Penh's is the Municipal Court, every other
 * province's its Provincial Court. The label comes from the catalogues (`charges.court*`).
 */
export function courtKindOf(provinceId: number): "municipal" | "provincial" {
  return provinceId === PHNOM_PENH_ID ? "municipal" : "provincial";
}

export const COURT_PROVINCE_IDS: readonly number[] = PROVINCES.map((p) => p.id);
