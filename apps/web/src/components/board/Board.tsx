// The board: one column per decision, side by side (stacked between phone and tablet
// widths; one at a time with a switcher on a phone). It follows the facilitator's
// spotlight (focus mode) and says so to screen readers.
import { useTranslation } from "react-i18next";
import { useSelection } from "../../hotkeys/selection.ts";
import { useDecisionIds, useFocusedDecisionId } from "../../store/selectors.ts";
import { useAllowed } from "../../store/useAllowed.ts";
import { shownDecisionId } from "../../view/shownDecision.ts";
import { AddDecisionColumn } from "./AddDecisionColumn.tsx";
import { BoardSwitcher } from "./BoardSwitcher.tsx";
import { DecisionColumn } from "./DecisionColumn.tsx";
import { useFollowFocus } from "./useFollowFocus.ts";

export function Board() {
  const { t } = useTranslation();
  const ids = useDecisionIds();
  const focused = useFocusedDecisionId();
  // One id, so choosing within the shown column (every click selects it) re-renders nothing.
  const shown = useSelection((s) => shownDecisionId(ids, s.decisionId, focused));
  const announcement = useFollowFocus();
  // A probe: an id and a title no decision can have.
  const mayAddDecision = useAllowed({
    type: "decision.add",
    decisionId: "",
    title: "",
    context: "",
  });
  return (
    <div className="board" data-testid="board">
      <p className="sr-only" role="status" data-testid="focus-announcement">
        {announcement}
      </p>
      <BoardSwitcher ids={ids} shown={shown} />
      {ids.map((id) => (
        <DecisionColumn key={id} decisionId={id} shown={id === shown} />
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
