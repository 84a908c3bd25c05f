// Which language the UI speaks: the one the user picked (kept in localStorage), else the
// browser's first supported preference, else English. Pure parts are exported for tests.
import type { KeyValueStore } from "../lib/storage.ts";

export const LANGUAGES = ["en", "de"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Endonyms on purpose: a reader lost in a foreign UI still finds their own language. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", de: "Deutsch" };

export const LANGUAGE_STORAGE_KEY = "stackboard:language";

export function isLanguage(value: string | null | undefined): value is Language {
  return (LANGUAGES as readonly string[]).includes(value ?? "");
}

/** "de-AT" speaks "de": only the primary subtag decides. */
export function supportedLanguage(tag: string): Language | null {
  const primary = tag.trim().toLowerCase().split("-")[0];
  return isLanguage(primary) ? primary : null;
}

export function pickLanguage(stored: string | null, preferred: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const language = supportedLanguage(tag);
    if (language) return language;
  }
  return "en";
}

export function browserPreferences(): readonly string[] {
  if (typeof navigator === "undefined") return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

export function initialLanguage(storage: KeyValueStore): Language {
  return pickLanguage(storage.getItem(LANGUAGE_STORAGE_KEY), browserPreferences());
}
