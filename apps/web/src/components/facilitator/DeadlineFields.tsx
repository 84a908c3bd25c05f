// The settings dialog's deadline: when voting closes by itself, whoever is connected (the
// server locks it then). Empty means no deadline.
import { useTranslation } from "react-i18next";
import type { DeadlineProblem, TimingDraft } from "../../view/timingDraft.ts";
import { Field } from "../common/Field.tsx";

export function DeadlineFields({
  draft,
  edit,
  problem,
  problemId,
}: {
  draft: TimingDraft;
  edit: (changes: Partial<TimingDraft>) => void;
  problem: DeadlineProblem | null;
  problemId: string;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="settings-group">
      <legend>{t("settings.deadline.legend")}</legend>
      <Field
        label={t("deadline.closesAt")}
        hint={t("settings.deadline.hint")}
        problem={problem === null ? null : t(`settings.deadline.${problem}`)}
        problemId={problemId}
      >
        {({ id, describedBy, invalid }) => (
          <div className="deadline-input">
            <input
              id={id}
              className="input"
              type="datetime-local"
              step={1}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              value={draft.closesAt}
              onChange={(event) => edit({ closesAt: event.target.value })}
            />
            {draft.closesAt !== "" ? (
              <button
                type="button"
                className="button button-sm button-ghost"
                onClick={() => edit({ closesAt: "" })}
              >
                {t("deadline.clear")}
              </button>
            ) : null}
          </div>
        )}
      </Field>
    </fieldset>
  );
}
