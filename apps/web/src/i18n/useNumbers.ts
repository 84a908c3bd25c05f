// Numbers in the active language's notation, everywhere one is shown: "4.50" in English,
// "4,50" in German, never both on one screen.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { formatDecimal, formatNumber } from "./format.ts";

export interface NumberFormatters {
  /** Exactly `digits` decimals: weights and weighted scores. */
  fixed: (value: number, digits: number) => string;
  /** Up to `digits` decimals, none when whole: means of whole scores. */
  upTo: (value: number, digits: number) => string;
}

export function useNumbers(): NumberFormatters {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      fixed: (value, digits) => formatDecimal(language, value, digits),
      upTo: (value, digits) => formatNumber(language, value, digits),
    }),
    [language],
  );
}
