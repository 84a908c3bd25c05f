// The question a settings dialog asks when unsaved edits would be lost: save, discard, or
// keep editing. It takes the focus, so a keyboard user hears it and answers it first.
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";

export function UnsavedQuestion({
  question,
  maySave,
  mayDiscard,
  onSave,
  onDiscard,
  onKeepEditing,
}: {
  question: string;
  maySave: boolean;
  mayDiscard: boolean;
  onSave: () => void;
  onDiscard: () => void;
  onKeepEditing: () => void;
}) {
  const { t } = useTranslation();
  const questionId = useId();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <section className="settings-question" aria-labelledby={questionId}>
      <p id={questionId} role="alert">
        {question}
      </p>
      <div className="settings-actions">
        <button type="button" className="button button-ghost" onClick={onKeepEditing}>
          {t("settings.keepEditing")}
        </button>
        <button type="button" className="button" disabled={!mayDiscard} onClick={onDiscard}>
          {t("settings.discardChanges")}
        </button>
        <button
          ref={first}
          type="button"
          className="button button-primary"
          disabled={!maySave}
          onClick={onSave}
        >
          {t("settings.saveChanges")}
        </button>
      </div>
    </section>
  );
}
