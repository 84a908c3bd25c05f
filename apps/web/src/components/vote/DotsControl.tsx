// Dots mode: +/- per option within my budget.
import type { Decision, Option } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";
import { useMyBallot } from "../../store/selectors.ts";
import { useAllowed, voteProbe } from "../../store/useAllowed.ts";
import { dotsOf, dotsUsed, withDots } from "../../view/ballots.ts";
import { Icon } from "../common/Icon.tsx";

export function DotsControl({ decision, option }: { decision: Decision; option: Option }) {
  const { t } = useTranslation();
  const { ballot, pending } = useMyBallot(decision.id);
  const mine = dotsOf(ballot, option.id);
  const open = useAllowed(voteProbe(decision.id));
  if (!open && mine === 0) return null;
  const left = decision.dotsPerVoter - dotsUsed(ballot);

  const change = (delta: number) => {
    const next = withDots(ballot, decision, option.id, delta);
    if (next) sendCommand({ type: "ballot.cast", decisionId: decision.id, ballot: next });
  };

  return (
    <div className={`dots-control${pending ? " is-pending" : ""}`} data-ballot>
      <button
        type="button"
        className="dots-button"
        aria-label={t("vote.dotsRemove", { option: option.label })}
        disabled={!open || mine === 0}
        onClick={() => change(-1)}
      >
        <Icon name="minus" size={14} />
      </button>
      <output
        className={`dots-count${mine > 0 ? " has-dots" : ""}`}
        aria-label={t("vote.dotsMine", { option: option.label, count: mine })}
      >
        {mine}
      </output>
      <button
        type="button"
        className="dots-button"
        aria-label={t("vote.dotsAdd", { option: option.label })}
        disabled={!open || left <= 0}
        onClick={() => change(1)}
      >
        <Icon name="plus" size={14} />
      </button>
    </div>
  );
}
