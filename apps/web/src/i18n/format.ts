// Numbers shown outside a translated sentence, in the active language's notation
// ("0.50" in English, "0,50" in German).
export function formatDecimal(language: string, value: number, digits: number): string {
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** At most `digits` decimals, trailing zeros dropped ("4.5", "4,5", "4"). */
export function formatNumber(language: string, value: number, digits: number): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
}

/** A "YYYY-MM-DD" calendar day in the active language ("7 Dec 2026", "7. Dez. 2026"). */
export function formatCalendarDate(language: string, isoDay: string): string {
  const [year, month, day] = isoDay.split("-").map(Number);
  if (year === undefined || month === undefined || day === undefined) return isoDay;
  return new Intl.DateTimeFormat(language, { dateStyle: "medium", timeZone: "UTC" }).format(
    Date.UTC(year, month - 1, day),
  );
}
