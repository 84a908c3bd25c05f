// The timer running for this decision, in its column: how long is left, and pause or
// resume, one more minute, or stop. Starting one is the settings dialog's job; at zero the
// header's badge takes over ("Time's up", one more minute).
import type { Decision } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { formatCountdown } from "../../lib/clock.ts";
import { Icon } from "../common/Icon.tsx";
import { TimerRunControls } from "../timer/TimerRunControls.tsx";
import { useTimerView } from "../timer/useTimerView.ts";

export function ColumnTimer({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const view = useTimerView();
  // The room has one timer; a meeting timer (no decision) shows in every column.
  if (view === null || view.phase === "done") return null;
  if ((view.timer.decisionId ?? decision.id) !== decision.id) return null;
  return (
    <div className="column-timer" data-testid="column-timer" data-phase={view.phase}>
      <span className="column-timer-time">
        <Icon name={view.phase === "paused" ? "pause" : "clock"} size={14} />
        {/* The header's timer is the one announced; this is a glance. */}
        <span aria-hidden="true">{formatCountdown(view.leftMs)}</span>
        {view.phase === "paused" ? <span className="muted small">{t("timer.paused")}</span> : null}
        {view.timer.autoLock ? <span className="muted small">{t("timer.autoLockTag")}</span> : null}
      </span>
      <TimerRunControls view={view} />
    </div>
  );
}
