// The settings dialog's timer: a preset or a custom length, and auto-lock at zero. On a
// draft it starts when voting opens; on an open decision, when the dialog is saved. A length
// that cannot run says why beside it (and Save and Open voting point to that reason).
import { LIMITS } from "@stackboard/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import {
  TIMER_PRESET_MINUTES,
  type TimerChoice,
  type TimingDraft,
  timerDraftProblem,
} from "../../view/timingDraft.ts";
import { Field } from "../common/Field.tsx";

const MIN_SECONDS = LIMITS.minTimerMs / 1000;
const MAX_SECONDS = LIMITS.maxTimerMs / 1000;

export function TimerFields({
  draft,
  edit,
  startsWhen,
  replacesRunning,
  problemId,
}: {
  draft: TimingDraft;
  edit: (changes: Partial<TimingDraft>) => void;
  /** Whether the timer starts with the opening (a draft) or on Save (voting is open). */
  startsWhen: "opening" | "save";
  /** A timer runs already: saving puts this one in its place. */
  replacesRunning: boolean;
  problemId: string;
}) {
  const { t } = useTranslation();
  const autoLockId = useId();
  const problem = timerDraftProblem(draft);
  const chosen = draft.timer !== "none";
  const hint =
    startsWhen === "opening"
      ? t("settings.timer.startsAtOpening")
      : replacesRunning
        ? t("settings.timer.replacesRunning")
        : t("settings.timer.startsOnSave");
  return (
    <fieldset className="settings-group">
      <legend>{t("settings.timer.legend")}</legend>
      <Field label={t("settings.timer.length")} hint={hint}>
        {({ id, describedBy }) => (
          <select
            id={id}
            className="input"
            aria-describedby={describedBy}
            value={draft.timer}
            onChange={(event) => edit({ timer: event.target.value as TimerChoice })}
          >
            <option value="none">
              {startsWhen === "save" ? t("settings.timer.noNew") : t("settings.timer.none")}
            </option>
            {TIMER_PRESET_MINUTES.map((minutes) => (
              <option key={minutes} value={`${minutes}`}>
                {t("settings.timer.minutes", { count: minutes })}
              </option>
            ))}
            <option value="custom">{t("settings.timer.custom")}</option>
          </select>
        )}
      </Field>
      {draft.timer === "custom" ? (
        <Field
          label={t("settings.timer.seconds")}
          problem={
            problem === null ? null : t(`timer.${problem}`, { min: MIN_SECONDS, max: MAX_SECONDS })
          }
          problemId={problemId}
          problemTestId="timer-problem"
        >
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              className="input input-number"
              type="number"
              inputMode="numeric"
              min={MIN_SECONDS}
              max={MAX_SECONDS}
              step={1}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              value={draft.customSeconds}
              onChange={(event) => edit({ customSeconds: event.target.value })}
            />
          )}
        </Field>
      ) : null}
      {chosen ? (
        <label className="checkbox" htmlFor={autoLockId}>
          <input
            id={autoLockId}
            type="checkbox"
            checked={draft.autoLock}
            onChange={(event) => edit({ autoLock: event.target.checked })}
          />
          <span>{t("timer.autoLock")}</span>
        </label>
      ) : null}
    </fieldset>
  );
}
