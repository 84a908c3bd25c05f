// A timer of any length in seconds (5 s to 2 h), for short rounds the presets miss.
import { type Decision, LIMITS } from "@stackboard/core";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";

const MIN_SECONDS = LIMITS.minTimerMs / 1000;
const MAX_SECONDS = LIMITS.maxTimerMs / 1000;

export function TimerCustomStart({
  decision,
  onStart,
}: {
  decision: Decision;
  onStart: (durationMs: number) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [seconds, setSeconds] = useState("90");
  const value = Number(seconds);
  const valid = Number.isInteger(value) && value >= MIN_SECONDS && value <= MAX_SECONDS;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (valid) onStart(value * 1000);
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
        onChange={(event) => setSeconds(event.target.value)}
      />
      <span className="muted small" aria-hidden="true">
        {t("timer.seconds")}
      </span>
      <button
        type="submit"
        className="button button-sm button-ghost"
        aria-label={t("timer.startCustomLabel", { decision: decision.title })}
        disabled={!valid}
      >
        {t("timer.startCustom")}
      </button>
    </form>
  );
}
