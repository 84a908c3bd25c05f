// The settings in force on a decision, in one line ("Sealed · 5 dots · quorum 60%").
import type { Decision } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { settingsSummary } from "../../view/settingsSummary.ts";

export function SettingsSummary({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  return (
    <p className="settings-summary" data-testid="settings-summary">
      <span className="sr-only">{t("settings.summary.label")}: </span>
      {settingsSummary(t, decision)}
    </p>
  );
}
