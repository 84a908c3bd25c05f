// Numbers shown outside a translated sentence, in the active language's notation
// ("0.50" in English, "0,50" in German).
export function formatDecimal(language: string, value: number, digits: number): string {
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}
