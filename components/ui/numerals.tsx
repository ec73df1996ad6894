"use client";

import { useLocale } from "next-intl";
import { createContext, useContext, type ReactNode } from "react";
import { isLocale } from "@/lib/i18n/locales";
import { numeralsFor, type Numerals } from "@/lib/i18n/numerals";

// The reader's digits for client components (a date field's hint, a chart's ticks), as the server
// resolved them for this request (getUiNumerals, decision 0028). Outside a signed-in page there
// is no preference: Khmer digits in Khmer.
const NumeralsContext = createContext<Numerals | null>(null);

export function NumeralsProvider({
  numerals,
  children,
}: {
  numerals: Numerals;
  children: ReactNode;
}) {
  return <NumeralsContext value={numerals}>{children}</NumeralsContext>;
}

export function useNumerals(): Numerals {
  const numerals = useContext(NumeralsContext);
  const locale = useLocale();
  return numerals ?? numeralsFor(isLocale(locale) ? locale : "en");
}
