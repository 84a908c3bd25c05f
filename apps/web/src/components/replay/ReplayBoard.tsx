// The board at one moment of the replay, read-only: each decision's status, options and
// tally as the room saw them then, with the leader or the tie (sealed ballots count as
// cast, not as votes).
import type { RoomState } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { useNumbers } from "../../i18n/useNumbers.ts";
import { leaderText, resultView } from "../../view/result.ts";
import { tallyValueText } from "../../view/tallyText.ts";

export function ReplayBoard({ state }: { state: RoomState }) {
  const { t } = useTranslation();
  const num = useNumbers();
  if (state.decisions.length === 0) {
    return <p className="muted">{t("board.emptyTitle")}</p>;
  }
  return (
    <div className="replay-board" data-testid="replay-board">
      {state.decisions.map((decision) => {
        const view = resultView(decision, state.criteria);
        const tally = view.hidden ? null : view.tally;
        const chosen = decision.outcome?.optionId ?? null;
        const leader =
          decision.mode === "consent" || !tally || tally.counted === 0 ? null : leaderText(t, view);
        return (
          <section
            key={decision.id}
            className="replay-decision"
            aria-label={decision.title}
            data-testid="replay-decision"
          >
            <header>
              <h2>{decision.title}</h2>
              <span className="chip">{t(`status.${decision.status}`)}</span>
            </header>
            <p
              className="muted small"
              data-testid="replay-ballots"
              data-count={decision.ballots.length}
            >
              {t("results.voted", { count: decision.ballots.length })}
            </p>
            {leader ? (
              <p className="small" data-testid="replay-leader" data-tie={view.tied.length > 0}>
                {leader}
              </p>
            ) : null}
            <ul>
              {decision.options.map((option) => {
                const value = tally?.options.find((o) => o.optionId === option.id)?.value ?? 0;
                return (
                  <li
                    key={option.id}
                    className={option.id === chosen ? "is-chosen" : undefined}
                    data-option={option.label}
                    data-value={value}
                  >
                    <span>{option.label}</span>
                    <span className="muted">
                      {tally && tally.counted > 0
                        ? tallyValueText(t, num, decision.mode, value)
                        : ""}
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
