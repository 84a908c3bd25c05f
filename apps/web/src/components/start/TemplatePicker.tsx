// Board templates as radio cards: what each one puts on the board.
import { TEMPLATES } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { en } from "../../i18n/en.ts";

type TranslatedTemplate = keyof typeof en.templates;

const isTranslated = (id: string): id is TranslatedTemplate => Object.hasOwn(en.templates, id);

export function TemplatePicker({
  value,
  onChange,
}: {
  value: string;
  onChange: (templateId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="template-picker">
      <legend>{t("start.templateLabel")}</legend>
      <div className="template-grid">
        {TEMPLATES.map((template) => (
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
            <span className="template-name">
              {isTranslated(template.id) ? t(`templates.${template.id}.name`) : template.name}
            </span>
            <span className="template-description">
              {isTranslated(template.id)
                ? t(`templates.${template.id}.description`)
                : template.description}
            </span>
            <span className="template-decisions">
              {template.decisions.length === 0
                ? t("start.templateEmpty")
                : template.decisions.map((decision) => decision.title).join(" · ")}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
