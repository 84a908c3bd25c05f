// The language picker in the page headers. Language names are endonyms (see language.ts),
// so they are deliberately not translated.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { chooseLanguage } from "./index.ts";
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from "./language.ts";

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "en";
  return (
    <div className="language-switcher">
      <label htmlFor={id} className="sr-only">
        {t("language.label")}
      </label>
      <select
        id={id}
        className="language-select"
        value={current}
        data-testid="language-switcher"
        onChange={(event) => {
          if (isLanguage(event.target.value)) chooseLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
