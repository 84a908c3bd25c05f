// What I can do on this decision right now, with my remaining dots or scored cells.
import type { Decision } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";
import { useCriteria, useMyBallot } from "../../store/selectors.ts";
import { dotsUsed } from "../../view/ballots.ts";

export function BallotHint({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const { ballot, pending } = useMyBallot(decision.id);
  const criteria = useCriteria();
  if (decision.status === "decided") return null;
  if (decision.status === "draft") return <p className="ballot-hint muted">{t("vote.notOpen")}</p>;
  if (decision.status !== "voting") {
    return <p className="ballot-hint muted">{t("vote.locked")}</p>;
  }

  let text: string;
  if (decision.mode === "dots") {
    const left = decision.dotsPerVoter - dotsUsed(ballot);
    text = t("vote.dotsLeft", { count: left, budget: decision.dotsPerVoter });
  } else if (decision.mode === "score") {
    const scored = ballot?.mode === "score" ? ballot.scores.length : 0;
    text = t("vote.scored", { scored, total: decision.options.length * criteria.length });
  } else {
    text = ballot ? t("vote.pickChange") : t("vote.pickOne");
  }

  return (
    <div className="ballot-hint" data-testid="ballot-hint">
      {decision.mode === "dots" ? (
        <DotsBudget used={dotsUsed(ballot)} budget={decision.dotsPerVoter} />
      ) : null}
      <span aria-live="polite">{text}</span>
      {pending ? <span className="pending-tag">{t("vote.sending")}</span> : null}
      {ballot ? (
        <button
          type="button"
          className="link-button"
          onClick={() => sendCommand({ type: "ballot.retract", decisionId: decision.id })}
        >
          {t("vote.clear")}
        </button>
      ) : null}
    </div>
  );
}

function DotsBudget({ used, budget }: { used: number; budget: number }) {
  const shown = Math.min(budget, 12);
  return (
    <span className="dots-budget" aria-hidden="true">
      {Array.from({ length: shown }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the dots are interchangeable.
        <span key={index} className={`dot${index < budget - used ? " is-free" : ""}`} />
      ))}
    </span>
  );
}
