// Names sorted as readers of the language expect: Intl.Collator("km") puts Khmer in its own
// alphabetical order (consonants, then subscripts and vowels) and before Latin script; "en" is
// English order. One collator per language: a country list compares some 1,500 pairs.
const collators = new Map<string, Intl.Collator>();

/** Compares two labels by the collation of `locale` ("km" or "en"). */
export function compareNames(locale: string): (a: string, b: string) => number {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale)));
  return collator.compare;
}
