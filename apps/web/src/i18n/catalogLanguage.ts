// The language core's catalog and templates are shown in: the UI's, when core has it.
import type { CatalogLanguage } from "@stackboard/core";
import { useTranslation } from "react-i18next";

export function catalogLanguage(language: string | undefined): CatalogLanguage {
  return language?.startsWith("de") ? "de" : "en";
}

export function useCatalogLanguage(): CatalogLanguage {
  const { i18n } = useTranslation();
  return catalogLanguage(i18n.resolvedLanguage ?? i18n.language);
}
