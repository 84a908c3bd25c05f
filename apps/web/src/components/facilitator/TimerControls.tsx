// Start a timer for this decision (everyone sees it count down), optionally locking its
// voting at zero; while it runs here, pause, resume, extend or stop it.
import { type Decision, LIMITS } from "@stackboard/core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";
import { TimerCustomStart } from "../timer/TimerCustomStart.tsx";
import { TimerRunControls } from "../timer/TimerRunControls.tsx";
import { useTimerView } from "../timer/useTimerView.ts";

const MINUTES = [1, 3, 5, 10] as const;

export function TimerControls({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const view = useTimerView();
  const autoLockId = useId();
  const [autoLock, setAutoLock] = useState(false);
  // Auto-lock only means something while the decision is open for voting.
  const canAutoLock = decision.status === "voting";
  const start = (durationMs: number) =>
    sendCommand({
      type: "timer.start",
      decisionId: decision.id,
      durationMs: Math.min(LIMITS.maxTimerMs, Math.max(LIMITS.minTimerMs, durationMs)),
      autoLock: canAutoLock && autoLock,
    });
  // The room has one timer: its controls show on the decision it runs for.
  const runsHere = view !== null && (view.timer.decisionId ?? decision.id) === decision.id;

  return (
    <fieldset className="timer-controls">
      <legend className="muted small">{t("timer.start")}</legend>
      <div className="timer-presets">
        {MINUTES.map((minutes) => (
          <button
            key={minutes}
            type="button"
            className="button button-sm button-ghost"
            aria-label={t("timer.startLabel", { count: minutes, decision: decision.title })}
            onClick={() => start(minutes * 60_000)}
          >
            {t("timer.minutes", { count: minutes })}
          </button>
        ))}
      </div>
      <div className="timer-options">
        <TimerCustomStart decision={decision} onStart={start} />
        {canAutoLock ? (
          <label className="checkbox" htmlFor={autoLockId}>
            <input
              id={autoLockId}
              type="checkbox"
              checked={autoLock}
              onChange={(event) => setAutoLock(event.target.checked)}
            />
            <span>{t("timer.autoLock")}</span>
          </label>
        ) : null}
      </div>
      {runsHere ? <TimerRunControls view={view} /> : null}
    </fieldset>
  );
}
