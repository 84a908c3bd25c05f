// On a phone the board shows one decision at a time: previous and next, a list naming
// each decision (the one in focus says so) and "n of N". Shown only at phone widths (CSS);
// the choice is this browser's own and a new spotlight moves it again (`useFollowFocus`).
import { useTranslation } from "react-i18next";
import { neighbour, useSelection } from "../../hotkeys/selection.ts";
import { useRoomStore } from "../../store/roomStore.ts";
import { useFocusedDecisionId } from "../../store/selectors.ts";
import { placeOf } from "../../view/shownDecision.ts";
import { Icon } from "../common/Icon.tsx";

export function BoardSwitcher({ ids, shown }: { ids: readonly string[]; shown: string | null }) {
  const { t } = useTranslation();
  const decisions = useRoomStore((s) => s.state.decisions);
  const focused = useFocusedDecisionId();
  const place = placeOf(ids, shown);
  if (place === null || ids.length < 2) return null;
  // Looking around: the next decision takes the place of this one, right below.
  const show = (id: string | null) => {
    if (id !== null && id !== shown) useSelection.getState().select(id);
  };
  return (
    <nav className="board-switcher" aria-label={t("focus.switcher")} data-testid="board-switcher">
      <button
        type="button"
        className="icon-button"
        aria-label={t("focus.previous")}
        disabled={place.n === 1}
        onClick={() => show(neighbour(ids, shown, -1))}
      >
        <Icon name="back" size={18} />
      </button>
      <select
        className="input board-switcher-select"
        aria-label={t("focus.shown")}
        value={shown ?? ""}
        onChange={(event) => show(event.currentTarget.value)}
      >
        {decisions.map((decision) => (
          <option key={decision.id} value={decision.id}>
            {decision.id === focused
              ? t("focus.optionInFocus", { decision: decision.title })
              : decision.title}
          </option>
        ))}
      </select>
      <span className="board-switcher-place" data-testid="board-switcher-place">
        {t("focus.place", { n: place.n, total: place.total })}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label={t("focus.next")}
        disabled={place.n === place.total}
        onClick={() => show(neighbour(ids, shown, 1))}
      >
        <Icon name="back" size={18} className="is-flipped" />
      </button>
    </nav>
  );
}
