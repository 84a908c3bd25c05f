// Pick mode: one choice per voter; picking another moves my vote, picking mine clears it.
import type { Decision, Option } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";
import { useMyBallot } from "../../store/selectors.ts";
import { useAllowed, voteProbe } from "../../store/useAllowed.ts";
import { Icon } from "../common/Icon.tsx";

export function PickControl({ decision, option }: { decision: Decision; option: Option }) {
  const { t } = useTranslation();
  const { ballot, pending } = useMyBallot(decision.id);
  const picked = ballot?.mode === "pick" && ballot.optionId === option.id;
  const open = useAllowed(voteProbe(decision.id));
  if (!open && !picked) return null;

  const toggle = () =>
    sendCommand(
      picked
        ? { type: "ballot.retract", decisionId: decision.id }
        : {
            type: "ballot.cast",
            decisionId: decision.id,
            ballot: { mode: "pick", optionId: option.id },
          },
    );

  return (
    <button
      type="button"
      className={`pick-button${picked ? " is-picked" : ""}${picked && pending ? " is-pending" : ""}`}
      aria-pressed={picked}
      aria-label={t("vote.pickLabel", { option: option.label })}
      data-ballot
      disabled={!open}
      onClick={toggle}
    >
      {picked ? <Icon name="check" size={14} /> : null}
      <span>{picked ? t("vote.picked") : t("vote.pick")}</span>
    </button>
  );
}
