// Ranked mode: my ranking as an ordered list with up/down/remove buttons (plain buttons,
// so keyboard and screen-reader users reorder exactly like mouse users), then the options
// I have not ranked yet, each with a button to append it.
import type { Decision } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";
import { useMyBallot } from "../../store/selectors.ts";
import { useAllowed, voteProbe } from "../../store/useAllowed.ts";
import { rankingOf, withRanking } from "../../view/ballots.ts";
import { Icon } from "../common/Icon.tsx";

export function RankedControl({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const { ballot, pending } = useMyBallot(decision.id);
  const open = useAllowed(voteProbe(decision.id));
  const ranking = rankingOf(ballot, decision);
  const labelOf = (optionId: string) =>
    decision.options.find((option) => option.id === optionId)?.label ?? optionId;
  const unranked = decision.options.filter((option) => !ranking.includes(option.id));

  const edit = (optionId: string, change: "add" | "up" | "down" | "remove") => {
    const next = withRanking(ballot, decision, optionId, change);
    if (next) sendCommand({ type: "ballot.cast", decisionId: decision.id, ballot: next });
    else if (change === "remove") sendCommand({ type: "ballot.retract", decisionId: decision.id });
  };

  return (
    <div className={`ranked-control${pending ? " is-pending" : ""}`} data-testid="ranked-control">
      <p className="muted small">{t("voting.rankHint")}</p>
      <h3 className="small">{t("voting.myRanking")}</h3>
      <ol className="ranked-list" data-testid="my-ranking">
        {ranking.map((optionId, index) => {
          const label = labelOf(optionId);
          return (
            <li key={optionId} className="ranked-item" data-option={label}>
              <span className="ranked-position" aria-hidden="true">
                {index + 1}
              </span>
              <span className="ranked-label">{label}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={t("voting.rankUp", { option: label })}
                disabled={!open || index === 0}
                onClick={() => edit(optionId, "up")}
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t("voting.rankDown", { option: label })}
                disabled={!open || index === ranking.length - 1}
                onClick={() => edit(optionId, "down")}
              >
                <span aria-hidden="true">↓</span>
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t("voting.rankRemove", { option: label })}
                disabled={!open}
                onClick={() => edit(optionId, "remove")}
              >
                <Icon name="minus" size={14} />
              </button>
            </li>
          );
        })}
      </ol>
      {open && unranked.length > 0 ? (
        <ul className="ranked-unranked" aria-label={t("voting.unranked")}>
          {unranked.map((option) => (
            <li key={option.id}>
              <button
                type="button"
                className="button button-sm button-ghost"
                aria-label={t("voting.rankAddLabel", { option: option.label })}
                onClick={() => edit(option.id, "add")}
              >
                <Icon name="plus" size={14} />
                {option.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
