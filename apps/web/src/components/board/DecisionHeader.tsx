// A decision's title, status, voting mode and context.
import type { Decision } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { Icon } from "../common/Icon.tsx";
import { DeadlineChip } from "./DeadlineChip.tsx";

export function DecisionHeader({ decision, headingId }: { decision: Decision; headingId: string }) {
  const { t } = useTranslation();
  return (
    <header className="column-header">
      <div className="column-chips">
        <span className={`status-chip status-${decision.status}`} data-testid="status-chip">
          {t(`status.${decision.status}`)}
        </span>
        <span className="mode-chip">
          {decision.mode === "dots"
            ? t("mode.dotsWithBudget", { count: decision.dotsPerVoter })
            : t(`mode.${decision.mode}`)}
        </span>
        {decision.anonymity !== "off" ? (
          <span className="mode-chip" data-testid="anonymous-chip">
            {t("voting.anonymousChip")}
          </span>
        ) : null}
        <DeadlineChip decision={decision} />
        {decision.sealed ? (
          <span className="mode-chip sealed-chip">
            <Icon name="lock" size={12} />
            {t("mode.sealed")}
          </span>
        ) : null}
      </div>
      <h2 id={headingId}>{decision.title}</h2>
      {decision.context ? <p className="column-context">{decision.context}</p> : null}
    </header>
  );
}
