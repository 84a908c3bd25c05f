// Pause or resume, one more minute, or stop: the running timer, for facilitators.
import { useTranslation } from "react-i18next";
import { Icon } from "../common/Icon.tsx";
import { extendTimer, mayExtend, pauseTimer, resumeTimer, stopTimer } from "./timerCommands.ts";
import type { TimerView } from "./useTimerView.ts";

export function TimerRunControls({ view }: { view: TimerView }) {
  const { t } = useTranslation();
  return (
    <fieldset className="timer-run">
      <legend className="sr-only">{t("timer.runningLabel")}</legend>
      {view.phase === "running" ? (
        <button
          type="button"
          className="button button-sm button-ghost"
          aria-label={t("timer.pauseLabel")}
          onClick={pauseTimer}
        >
          <Icon name="pause" size={14} />
          {t("timer.pause")}
        </button>
      ) : null}
      {view.phase === "paused" ? (
        <button
          type="button"
          className="button button-sm button-ghost"
          aria-label={t("timer.resumeLabel")}
          onClick={resumeTimer}
        >
          <Icon name="play" size={14} />
          {t("timer.resume")}
        </button>
      ) : null}
      <button
        type="button"
        className="button button-sm button-ghost"
        aria-label={t("timer.extendLabel")}
        disabled={!mayExtend(view)}
        onClick={extendTimer}
      >
        {t("timer.extend")}
      </button>
      <button
        type="button"
        className="button button-sm button-ghost"
        aria-label={t("timer.stopLabel")}
        onClick={stopTimer}
      >
        {t("timer.stop")}
      </button>
    </fieldset>
  );
}
