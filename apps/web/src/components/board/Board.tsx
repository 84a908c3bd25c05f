// The board: one column per decision, side by side (stacked on phones).
import { useTranslation } from "react-i18next";
import { useDecisionIds, useMyRole } from "../../store/selectors.ts";
import { AddDecisionColumn } from "./AddDecisionColumn.tsx";
import { DecisionColumn } from "./DecisionColumn.tsx";

export function Board() {
  const { t } = useTranslation();
  const ids = useDecisionIds();
  const role = useMyRole();
  return (
    <div className="board" data-testid="board">
      {ids.map((id) => (
        <DecisionColumn key={id} decisionId={id} />
      ))}
      {role === "facilitator" ? <AddDecisionColumn /> : null}
      {ids.length === 0 && role !== "facilitator" ? (
        <div className="board-empty">
          <h2>{t("board.emptyTitle")}</h2>
          <p className="muted">{t("board.emptyBody")}</p>
        </div>
      ) : null}
    </div>
  );
}
