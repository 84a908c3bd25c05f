// The tallies of a decision's earlier rounds, oldest first, so the room sees how it moved,
// with each round's leader or tie.
import type { Decision } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { useNumbers } from "../../i18n/useNumbers.ts";
import { tallyValueText } from "../../view/tallyText.ts";

export function EarlierRounds({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const num = useNumbers();
  if (decision.rounds.length === 0) return null;
  const labelOf = (optionId: string) =>
    decision.options.find((option) => option.id === optionId)?.label ?? "–";
  return (
    <details className="earlier-rounds" data-testid="earlier-rounds">
      <summary className="small">{t("voting.earlierRounds")}</summary>
      <ol>
        {decision.rounds.map((round) => (
          <li key={round.round} data-testid="earlier-round">
            <strong>
              {t("voting.roundSummary", { round: round.round, count: round.ballotsCount })}
            </strong>
            {round.abstained > 0 ? ` · ${t("voting.abstentions", { count: round.abstained })}` : ""}
            {": "}
            {round.tally
              .map(
                (entry) =>
                  `${labelOf(entry.optionId)} ${tallyValueText(t, num, round.mode, entry.value)}`,
              )
              .join(" · ")}
            {round.leaders.length > 1
              ? ` — ${t("voting.roundTied", { labels: round.leaders.map(labelOf).join(", ") })}`
              : round.leaders[0] !== undefined
                ? ` — ${t("voting.roundLed", { label: labelOf(round.leaders[0]) })}`
                : ""}
          </li>
        ))}
      </ol>
    </details>
  );
}
