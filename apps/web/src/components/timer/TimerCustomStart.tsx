// A timer of any length in seconds (5 s to 2 h), for short rounds the presets miss. When
// Start cannot run, the form says why instead of only greying it out.
import { type Decision, LIMITS } from "@stackboard/core";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";

const MIN_SECONDS = LIMITS.minTimerMs / 1000;
const MAX_SECONDS = LIMITS.maxTimerMs / 1000;

type Problem = "tooShort" | "tooLong" | "wholeSeconds" | null;

/** Why `text` is not a timer length, or null when it is one. */
export function timerProblem(text: string): Problem {
  const value = Number(text);
  if (text.trim() === "" || !Number.isInteger(value)) return "wholeSeconds";
  if (value < MIN_SECONDS) return "tooShort";
  if (value > MAX_SECONDS) return "tooLong";
  return null;
}

export function TimerCustomStart({
  decision,
  onStart,
}: {
  decision: Decision;
  onStart: (durationMs: number) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = useId();
  const [seconds, setSeconds] = useState("90");
  const problem = timerProblem(seconds);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (problem === null) onStart(Number(seconds) * 1000);
  }

  return (
    <form className="timer-custom" onSubmit={submit}>
      <label htmlFor={id} className="sr-only">
        {t("timer.secondsLabel", { decision: decision.title })}
      </label>
      <input
        id={id}
        className="input input-sm input-number"
        type="number"
        inputMode="numeric"
        min={MIN_SECONDS}
        max={MAX_SECONDS}
        step={1}
        value={seconds}
        aria-invalid={problem !== null}
        aria-describedby={problem === null ? undefined : hintId}
        onChange={(event) => setSeconds(event.target.value)}
      />
      <span className="muted small" aria-hidden="true">
        {t("timer.seconds")}
      </span>
      <button
        type="submit"
        className="button button-sm button-ghost"
        aria-label={t("timer.startCustomLabel", { decision: decision.title })}
        aria-describedby={problem === null ? undefined : hintId}
        disabled={problem !== null}
      >
        {t("timer.startCustom")}
      </button>
      {problem === null ? null : (
        <p
          id={hintId}
          className="form-error timer-problem"
          role="status"
          data-testid="timer-problem"
        >
          {t(`timer.${problem}`, { min: MIN_SECONDS, max: MAX_SECONDS })}
        </p>
      )}
    </form>
  );
}
