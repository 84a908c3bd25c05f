// Before the reveal, tells the facilitator when an anonymous decision's totals will give
// its voters away (core's privacyGuard), so they can choose what to show.
import { type Decision, privacyGuard } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { useRoomStore } from "../../store/roomStore.ts";
import { Icon } from "../common/Icon.tsx";

export function PrivacyWarning({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const state = useRoomStore((s) => s.state);
  const guard = privacyGuard(decision, state);
  if (guard === null || guard.risks.length === 0) return null;
  const label = decision.options.find((option) => option.id === guard.optionId)?.label ?? "";
  return (
    <div className="privacy-warning" role="alert" data-testid="privacy-warning">
      <p className="privacy-warning-title">
        <Icon name="eye" size={14} />
        {t("privacy.title")}
      </p>
      {guard.risks.includes("few-voters") ? (
        <p className="small">{t("privacy.fewVoters", { count: guard.voters })}</p>
      ) : null}
      {guard.risks.includes("near-unanimous") ? (
        <p className="small">{t("privacy.nearUnanimous", { label })}</p>
      ) : null}
    </div>
  );
}
