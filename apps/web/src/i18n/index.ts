// i18next set up for React. Every user-visible string lives in the resources: en.ts is the
// source of keys, every other language is typed against it (see types.ts).
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { browserStorage } from "../lib/storage.ts";
import { de } from "./de.ts";
import { en } from "./en.ts";
import { initialLanguage, LANGUAGE_STORAGE_KEY, type Language } from "./language.ts";

export const defaultNS = "translation";

export const resources = { en: { translation: en }, de: { translation: de } } as const;

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    resources: (typeof resources)["en"];
  }
}

/** Screen readers and the browser's hyphenation/spellcheck follow `<html lang>`. */
function reflectLanguage(language: string): void {
  if (typeof document !== "undefined") document.documentElement.lang = language;
}

export function setupI18n(language: Language = initialLanguage(browserStorage())) {
  i18next.on("languageChanged", reflectLanguage);
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: "en",
    supportedLngs: ["en", "de"],
    defaultNS,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  reflectLanguage(i18next.language);
  return i18next;
}

/** Switch the UI language and remember the choice for the next visit. */
export function chooseLanguage(language: Language): void {
  browserStorage().setItem(LANGUAGE_STORAGE_KEY, language);
  void i18next.changeLanguage(language);
}
