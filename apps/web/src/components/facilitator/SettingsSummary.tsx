// The settings in force on a decision, in one line ("Sealed · 5 dots · quorum 60%"), with
// its timer (planned or running) and its deadline.
import type { Decision } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { useTimer } from "../../store/selectors.ts";
import { useTimerPlan } from "../../store/timerPlanStore.ts";
import { settingsSummary } from "../../view/settingsSummary.ts";

export function SettingsSummary({ decision }: { decision: Decision }) {
  const { t, i18n } = useTranslation();
  const timer = useTimer();
  const plan = useTimerPlan(decision.id);
  return (
    <p className="settings-summary" data-testid="settings-summary">
      <span className="sr-only">{t("settings.summary.label")}: </span>
      {settingsSummary(t, decision, { timer, plan, language: i18n.language })}
    </p>
  );
}
