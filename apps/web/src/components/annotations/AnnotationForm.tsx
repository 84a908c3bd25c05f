// Add a pro, con, risk or question to an option.

import type { AnnotationKind } from "@stackboard/core";
import { LIMITS } from "@stackboard/core";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { newId } from "../../lib/ids.ts";
import { sendCommand } from "../../realtime/portal.ts";
import { undoAnnotation } from "../../realtime/undo.ts";
import { useUiStore } from "../../store/uiStore.ts";
import { useUndoStore } from "../../store/undoStore.ts";

export const KINDS: readonly AnnotationKind[] = ["pro", "con", "risk", "question"];

export function AnnotationForm({
  decisionId,
  optionId,
  optionLabel,
}: {
  decisionId: string;
  optionId: string;
  optionLabel: string;
}) {
  const { t } = useTranslation();
  const textId = useId();
  const [kind, setKind] = useState<AnnotationKind>("pro");
  const [text, setText] = useState("");

  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === "") return;
    const annotationId = newId("a");
    const sent = sendCommand({
      type: "annotation.add",
      annotationId,
      decisionId,
      optionId,
      kind,
      text: text.trim(),
    });
    setText("");
    if (sent === null) return;
    // Undo right away from the toast, or later with the Undo button or key.
    useUndoStore.getState().rememberAnnotation(decisionId, annotationId);
    useUiStore.getState().pushToast("success", t("undo.noteAdded"), {
      label: t("undo.undo"),
      ariaLabel: t("undo.toastLabel", { option: optionLabel }),
      run: () => undoAnnotation(annotationId),
    });
  }

  return (
    <form className="note-form" onSubmit={submit}>
      <fieldset className="kind-picker">
        <legend className="sr-only">{t("notes.kindLabel")}</legend>
        {KINDS.map((value) => (
          <label
            key={value}
            className={`kind-option kind-${value}${kind === value ? " is-selected" : ""}`}
          >
            <input
              type="radio"
              name={`kind-${decisionId}-${optionId}`}
              value={value}
              checked={kind === value}
              onChange={() => setKind(value)}
            />
            {t(`kinds.${value}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={textId} className="sr-only">
        {t("notes.textLabel", { option: optionLabel })}
      </label>
      <div className="note-input-row">
        <input
          id={textId}
          className="input input-sm"
          value={text}
          maxLength={LIMITS.textLength}
          placeholder={t(`notes.placeholder.${kind}`)}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="button button-sm" disabled={text.trim() === ""}>
          {t("notes.submit")}
        </button>
      </div>
    </form>
  );
}
