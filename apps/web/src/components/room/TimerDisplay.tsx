// The meeting timer, visible to everyone, counted in server time.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { elapsedFraction, formatCountdown, remainingMs } from "../../lib/clock.ts";
import { sendCommand } from "../../realtime/portal.ts";
import { useConnectionStore } from "../../store/connectionStore.ts";
import { useDecision, useMyRole, useTimer } from "../../store/selectors.ts";
import { Icon } from "../common/Icon.tsx";

export function TimerDisplay() {
  const { t } = useTranslation();
  const timer = useTimer();
  const offset = useConnectionStore((s) => s.clockOffset);
  const decision = useDecision(timer?.decisionId ?? "");
  const facilitator = useMyRole() === "facilitator";
  // Re-render four times a second while a timer runs; the time itself is read below.
  const [, setTick] = useState(0);
  useEffect(() => {
    if (timer === null) return;
    const handle = setInterval(() => setTick((tick) => tick + 1), 250);
    return () => clearInterval(handle);
  }, [timer]);

  if (timer === null) return null;
  const now = Date.now();
  const left = remainingMs(timer, offset, now);
  const progress = elapsedFraction(timer, offset, now);
  const done = left === 0;
  return (
    <div
      className={`timer${done ? " is-done" : left < 30_000 ? " is-ending" : ""}`}
      role="timer"
      aria-label={
        done
          ? t("timer.doneLabel")
          : t("timer.label", {
              time: formatCountdown(left),
              what: decision?.title ?? t("timer.meeting"),
            })
      }
      data-testid="timer"
    >
      <Icon name="clock" />
      <span className="timer-time" aria-hidden="true">
        {done ? t("timer.done") : formatCountdown(left)}
      </span>
      {decision ? (
        <span className="timer-what" aria-hidden="true">
          {decision.title}
        </span>
      ) : null}
      {facilitator ? (
        <button
          type="button"
          className="timer-stop"
          aria-label={t("timer.stopLabel")}
          title={t("timer.stopLabel")}
          onClick={() => sendCommand({ type: "timer.stop" })}
        >
          <Icon name="x" size={12} />
        </button>
      ) : null}
      <span className="timer-track" aria-hidden="true">
        <span className="timer-fill" style={{ width: `${(1 - progress) * 100}%` }} />
      </span>
    </div>
  );
}
