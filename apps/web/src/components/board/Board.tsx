// The board: one column per decision, side by side (stacked on phones).
import { useTranslation } from "react-i18next";
import { useDecisionIds } from "../../store/selectors.ts";
import { useAllowed } from "../../store/useAllowed.ts";
import { AddDecisionColumn } from "./AddDecisionColumn.tsx";
import { DecisionColumn } from "./DecisionColumn.tsx";

export function Board() {
  const { t } = useTranslation();
  const ids = useDecisionIds();
  // A probe: an id and a title no decision can have.
  const mayAddDecision = useAllowed({
    type: "decision.add",
    decisionId: "",
    title: "",
    context: "",
  });
  return (
    <div className="board" data-testid="board">
      {ids.map((id) => (
        <DecisionColumn key={id} decisionId={id} />
      ))}
      {mayAddDecision ? <AddDecisionColumn /> : null}
      {ids.length === 0 && !mayAddDecision ? (
        <div className="board-empty">
          <h2>{t("board.emptyTitle")}</h2>
          <p className="muted">{t("board.emptyBody")}</p>
        </div>
      ) : null}
    </div>
  );
}
