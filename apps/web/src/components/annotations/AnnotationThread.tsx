// The annotations on one option: pros, cons, risks and questions, with a form to add one.
import type { Decision, Option } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { useAnnotations } from "../../store/selectors.ts";
import { AnnotationForm } from "./AnnotationForm.tsx";
import { AnnotationItem } from "./AnnotationItem.tsx";

export function AnnotationThread({
  id,
  decision,
  option,
}: {
  id: string;
  decision: Decision;
  option: Option;
}) {
  const { t } = useTranslation();
  const notes = useAnnotations(decision.id, option.id);
  return (
    <div className="thread" id={id}>
      {notes.length > 0 ? (
        <ul className="thread-list" aria-label={t("notes.listLabel", { option: option.label })}>
          {notes.map((note) => (
            <AnnotationItem key={note.id} note={note} />
          ))}
        </ul>
      ) : (
        <p className="muted small">{t("notes.empty")}</p>
      )}
      <AnnotationForm decisionId={decision.id} optionId={option.id} optionLabel={option.label} />
    </div>
  );
}
