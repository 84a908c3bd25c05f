// The settled outcome: the chosen option and why, and the tie it settled, if any.
import type { Decision } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { useParticipant } from "../../store/selectors.ts";
import { Icon } from "../common/Icon.tsx";

export function OutcomeBanner({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const outcome = decision.outcome;
  const decidedBy = useParticipant(outcome?.decidedBy ?? null);
  if (!outcome) return null;
  const labelOf = (id: string) =>
    decision.options.find((candidate) => candidate.id === id)?.label ?? t("outcome.removedOption");
  const option = decision.options.find((candidate) => candidate.id === outcome.optionId);
  return (
    <div className="outcome" data-testid="outcome">
      <div className="outcome-head">
        <Icon name="check" />
        <span>{t("outcome.decided")}</span>
        <strong>{option?.label ?? t("outcome.removedOption")}</strong>
      </div>
      {outcome.settledTie.length > 1 ? (
        <p className="outcome-tie" data-testid="outcome-tie">
          {t("outcome.settledTie", { labels: outcome.settledTie.map(labelOf).join(", ") })}
        </p>
      ) : null}
      {outcome.rationale ? <p className="outcome-rationale">{outcome.rationale}</p> : null}
      {decidedBy ? <p className="outcome-by">{t("outcome.by", { name: decidedBy.name })}</p> : null}
    </div>
  );
}
