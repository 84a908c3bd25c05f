// Before the reveal, tells the facilitator when an anonymous decision's totals will give
// its voters away (core's privacyGuard), and offers to show totals only: no per-voter
// trace on the board or in the exports (anonymity "full").
import { type Decision, privacyGuard } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";
import { useRoomStore } from "../../store/roomStore.ts";
import { useAllowed } from "../../store/useAllowed.ts";
import { Icon } from "../common/Icon.tsx";

export function PrivacyWarning({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const state = useRoomStore((s) => s.state);
  const guard = privacyGuard(decision, state);
  const mayShowTotalsOnly = useAllowed({
    type: "decision.showTotalsOnly",
    decisionId: decision.id,
  });
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
      {decision.anonymity === "full" ? (
        <p className="small" data-testid="totals-only">
          {t("privacy.totalsOnly")}
        </p>
      ) : mayShowTotalsOnly ? (
        <button
          type="button"
          className="button button-sm"
          onClick={() => sendCommand({ type: "decision.showTotalsOnly", decisionId: decision.id })}
        >
          {t("privacy.showTotalsOnly")}
        </button>
      ) : null}
    </div>
  );
}
