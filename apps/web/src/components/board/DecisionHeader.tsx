// A decision's title, status, voting mode and context.
import type { Decision } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { useFocusedDecisionId } from "../../store/selectors.ts";
import { Icon } from "../common/Icon.tsx";
import { DeadlineChip } from "./DeadlineChip.tsx";
import { FocusToggle } from "./FocusToggle.tsx";

export function DecisionHeader({ decision, headingId }: { decision: Decision; headingId: string }) {
  const { t } = useTranslation();
  const inFocus = useFocusedDecisionId() === decision.id;
  return (
    <header className="column-header">
      <div className="column-chips">
        {inFocus ? (
          <span className="mode-chip focus-chip" data-testid="focus-chip">
            <Icon name="eye" size={12} />
            {t("focus.chip")}
          </span>
        ) : null}
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
        <FocusToggle decision={decision} />
      </div>
      <h2 id={headingId}>{decision.title}</h2>
      {decision.context ? <p className="column-context">{decision.context}</p> : null}
    </header>
  );
}
