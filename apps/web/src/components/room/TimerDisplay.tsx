// The meeting timer in the header, visible to everyone, counted in server time: running,
// paused, or "Time's up" (with a flash, an announcement and a short sound once per run).
import type { Decision } from "@stackboard/core";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatCountdown } from "../../lib/clock.ts";
import { useDecision, useMyRole } from "../../store/selectors.ts";
import { Icon } from "../common/Icon.tsx";
import { MuteToggle } from "../timer/MuteToggle.tsx";
import { extendTimer, mayExtend, stopTimer } from "../timer/timerCommands.ts";
import { type TimerView, useTimerView } from "../timer/useTimerView.ts";
import { useTimeUpSound } from "../timer/useTimeUpSound.ts";

/** Below this, the bar turns amber. */
const ENDING_MS = 30_000;

export function TimerDisplay() {
  const { t } = useTranslation();
  const view = useTimerView();
  const decision = useDecision(view?.timer.decisionId ?? "");
  const facilitator = useMyRole() === "facilitator";
  const { muted, setMuted } = useTimeUpSound(view);
  // A run whose "Time's up" this person put away (voters cannot stop the timer).
  const [dismissedRun, setDismissedRun] = useState<string | null>(null);

  if (view === null) return null;
  const { timer, phase } = view;
  const done = phase === "done";
  // Once the facilitator moves on (reveals, decides or reopens the decision), the timer's
  // "Time's up" is old news; so is one this person put away.
  const movedOn = done && decision !== undefined && !["voting", "locked"].includes(decision.status);
  if (movedOn || (done && dismissedRun === view.runKey)) return null;
  const votingLocked = done && decision?.status === "locked";
  const what = decision?.title ?? t("timer.meeting");
  const state = done ? " is-done" : phase === "paused" ? " is-paused" : "";
  const ending = phase === "running" && view.leftMs < ENDING_MS ? " is-ending" : "";
  return (
    <div className="timer-wrap">
      <div
        className={`timer${state}${ending}`}
        role="timer"
        aria-label={timerLabel(t, view, what, votingLocked)}
        data-testid="timer"
        data-phase={phase}
      >
        <Icon name={phase === "paused" ? "pause" : "clock"} />
        <span className="timer-time" aria-hidden="true" data-testid="timer-time">
          {done
            ? votingLocked
              ? t("timer.doneLocked")
              : t("timer.done")
            : formatCountdown(view.leftMs)}
        </span>
        {phase === "paused" ? (
          <span className="timer-tag" aria-hidden="true">
            {t("timer.paused")}
          </span>
        ) : null}
        {timer.autoLock && !done ? <AutoLockTag decision={decision} /> : null}
        {decision && !votingLocked ? (
          <span className="timer-what" aria-hidden="true">
            {decision.title}
          </span>
        ) : null}
        <MuteToggle muted={muted} onChange={setMuted} />
        {facilitator && done && mayExtend(view) ? (
          <button
            type="button"
            className="timer-extend"
            aria-label={t("timer.extendLabel")}
            onClick={extendTimer}
          >
            {t("timer.extend")}
          </button>
        ) : null}
        {facilitator ? (
          <button
            type="button"
            className="timer-icon-button"
            aria-label={t("timer.stopLabel")}
            title={t("timer.stopLabel")}
            onClick={stopTimer}
          >
            <Icon name="x" size={12} />
          </button>
        ) : done ? (
          <button
            type="button"
            className="timer-icon-button"
            aria-label={t("timer.dismissLabel")}
            title={t("timer.dismissLabel")}
            onClick={() => setDismissedRun(view.runKey)}
          >
            <Icon name="x" size={12} />
          </button>
        ) : null}
        <span className="timer-track" aria-hidden="true">
          <span className="timer-fill" style={{ width: `${(1 - view.fraction) * 100}%` }} />
        </span>
      </div>
      {/* Filled only at zero, so screen readers announce the moment, not every second. */}
      <span className="sr-only" aria-live="assertive" aria-atomic="true" data-testid="timer-alert">
        {done ? timerLabel(t, view, what, votingLocked) : ""}
      </span>
    </div>
  );
}

function timerLabel(t: TFunction, view: TimerView, what: string, votingLocked: boolean): string {
  if (view.phase === "done") {
    return votingLocked ? t("timer.doneLockedLabel", { what }) : t("timer.doneLabel", { what });
  }
  const time = formatCountdown(view.leftMs);
  return view.phase === "paused"
    ? t("timer.pausedLabel", { time, what })
    : t("timer.label", { time, what });
}

function AutoLockTag({ decision }: { decision: Decision | undefined }) {
  const { t } = useTranslation();
  const title = decision ? t("timer.autoLockTitle", { decision: decision.title }) : undefined;
  return (
    <span className="timer-tag timer-autolock" title={title} aria-hidden="true">
      <Icon name="lock" size={11} />
      {t("timer.autoLockTag")}
    </span>
  );
}
