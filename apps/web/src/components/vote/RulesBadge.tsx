// Says, on the board, when a decision has not (yet) met its quorum or pass threshold.
import { type Decision, rulesStatus } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { useRoomStore } from "../../store/roomStore.ts";

export function RulesBadge({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const state = useRoomStore((s) => s.state);
  const { quorum, threshold } = decision.rules;
  if (quorum === 0 && threshold === 0) return null;
  const status = rulesStatus(decision, state);
  const notes: string[] = [];
  if (!status.quorumMet) {
    notes.push(
      t("voting.quorumNotMet", {
        voters: status.voters,
        eligible: status.eligible,
        percent: Math.round(quorum * 100),
      }),
    );
  }
  if (status.thresholdMet === false) {
    notes.push(t("voting.thresholdNotMet", { percent: Math.round(threshold * 100) }));
  }
  return (
    <p
      className={`rules-badge${notes.length > 0 ? " is-unmet" : ""}`}
      data-testid="rules-status"
      data-met={notes.length === 0}
    >
      {notes.length > 0 ? notes.join(" ") : t("voting.rulesMet")}
    </p>
  );
}
