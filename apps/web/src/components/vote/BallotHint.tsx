// What I can do on this decision right now, with my remaining dots or scored cells.
import type { Decision } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";
import { undoLast } from "../../realtime/undo.ts";
import { useCriteria, useMyBallot } from "../../store/selectors.ts";
import { useUndoTarget } from "../../store/useUndoTarget.ts";
import { dotsUsed } from "../../view/ballots.ts";

export function BallotHint({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const { ballot, pending } = useMyBallot(decision.id);
  const criteria = useCriteria();
  // My newest vote change or note on this decision, whichever came last.
  const undoTarget = useUndoTarget(decision.id);
  if (decision.status === "decided") return null;
  if (decision.status === "draft") return <p className="ballot-hint muted">{t("vote.notOpen")}</p>;
  if (decision.status !== "voting") {
    return <p className="ballot-hint muted">{t("vote.locked")}</p>;
  }

  let text: string;
  if (decision.mode === "dots") {
    const left = decision.dotsPerVoter - dotsUsed(ballot);
    text = t("vote.dotsLeft", { count: left, budget: decision.dotsPerVoter });
  } else if (ballot?.mode === "abstain") {
    text = t("voting.abstained");
  } else if (decision.mode === "consent") {
    // The consent form asks the question and says my stance: said once, there.
    text = "";
  } else if (decision.mode === "ranked") {
    const ranked = ballot?.mode === "ranked" ? ballot.ranking.length : 0;
    text = t("voting.rankedCount", { ranked, total: decision.options.length });
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
      {undoTarget ? (
        <button
          type="button"
          className="link-button"
          data-testid="undo-vote"
          aria-label={
            undoTarget.kind === "annotation"
              ? t("undo.noteLabel", { decision: decision.title })
              : t("voting.undoLabel", { decision: decision.title })
          }
          onClick={() => undoLast(decision.id)}
        >
          {t("voting.undo")}
        </button>
      ) : null}
      {ballot?.mode === "abstain" ? null : (
        <button
          type="button"
          className="link-button"
          data-testid="abstain"
          aria-label={t("voting.abstainLabel", { decision: decision.title })}
          onClick={() =>
            sendCommand({
              type: "ballot.cast",
              decisionId: decision.id,
              ballot: { mode: "abstain" },
            })
          }
        >
          {t("voting.abstain")}
        </button>
      )}
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
