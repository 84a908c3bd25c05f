// First in the tab order while a decision is in focus: one Tab and Enter put the keyboard
// on the focused decision's ballot (on a phone, that decision is shown first).
import { findDecision } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { useRoomStore } from "../../store/roomStore.ts";
import { bringIntoView } from "./focusTarget.ts";

export function FocusSkipLink() {
  const { t } = useTranslation();
  const focused = useRoomStore((s) =>
    s.state.focusedDecisionId === null ? null : findDecision(s.state, s.state.focusedDecisionId),
  );
  if (!focused) return null;
  return (
    // A button, not a link: it moves the keyboard onto a control rather than to a place.
    <button
      type="button"
      className="skip-link"
      data-testid="focus-skip-link"
      onClick={() => bringIntoView(focused.id, () => true)}
    >
      {t("focus.skip", { decision: focused.title })}
    </button>
  );
}
