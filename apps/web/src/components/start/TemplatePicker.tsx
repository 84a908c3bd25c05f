// Board templates as radio cards: what each one puts on the board, in the UI's language.
import { localizeTemplate, TEMPLATES } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { useCatalogLanguage } from "../../i18n/catalogLanguage.ts";

export function TemplatePicker({
  value,
  onChange,
}: {
  value: string;
  onChange: (templateId: string) => void;
}) {
  const { t } = useTranslation();
  const language = useCatalogLanguage();
  return (
    <fieldset className="template-picker">
      <legend>{t("start.templateLabel")}</legend>
      <div className="template-grid">
        {TEMPLATES.map((original) => {
          const template = localizeTemplate(original, language);
          return (
            <label
              key={template.id}
              className={`template-card${value === template.id ? " is-selected" : ""}`}
            >
              <input
                type="radio"
                name="template"
                value={template.id}
                checked={value === template.id}
                onChange={() => onChange(template.id)}
              />
              <span className="template-name">{template.name}</span>
              <span className="template-description">{template.description}</span>
              <span className="template-decisions">
                {template.decisions.length === 0
                  ? t("start.templateEmpty")
                  : template.decisions.map((decision) => decision.title).join(" · ")}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
