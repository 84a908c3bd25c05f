// What a consent decision's voters stand on, shown to everyone: the facilitator's proposal
// and the option it adopts, or, for a decision from before written proposals, its first
// option by name.
import { type Decision, proposalOf } from "@stackboard/core";
import { useTranslation } from "react-i18next";

export function ProposalText({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const proposal = proposalOf(decision);
  if (!proposal) {
    return (
      <p className="muted small" data-testid="consent-proposal">
        {t("voting.noProposal")}
      </p>
    );
  }
  const label = decision.options.find((option) => option.id === proposal.optionId)?.label ?? "–";
  if (proposal.text === "") {
    return (
      <p className="consent-proposal" data-testid="consent-proposal">
        <strong>{t("voting.proposal", { label })}</strong>
      </p>
    );
  }
  return (
    <div className="consent-proposal" data-testid="consent-proposal">
      <blockquote className="consent-proposal-text">{proposal.text}</blockquote>
      <p className="muted small">{t("voting.proposalAdopts", { label })}</p>
    </div>
  );
}
