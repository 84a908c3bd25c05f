// Start a timer for this decision (everyone sees it count down), or stop it.
import { type Decision, LIMITS } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";
import { useTimer } from "../../store/selectors.ts";

const MINUTES = [1, 3, 5] as const;

export function TimerControls({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const timer = useTimer();
  return (
    <fieldset className="timer-controls">
      <legend className="muted small">{t("timer.start")}</legend>
      {MINUTES.map((minutes) => (
        <button
          key={minutes}
          type="button"
          className="button button-sm button-ghost"
          aria-label={t("timer.startLabel", { count: minutes, decision: decision.title })}
          onClick={() =>
            sendCommand({
              type: "timer.start",
              decisionId: decision.id,
              durationMs: Math.min(LIMITS.maxTimerMs, minutes * 60_000),
              autoLock: false,
            })
          }
        >
          {t("timer.minutes", { count: minutes })}
        </button>
      ))}
      {timer ? (
        <button
          type="button"
          className="button button-sm button-ghost"
          onClick={() => sendCommand({ type: "timer.stop" })}
        >
          {t("timer.stop")}
        </button>
      ) : null}
    </fieldset>
  );
}
