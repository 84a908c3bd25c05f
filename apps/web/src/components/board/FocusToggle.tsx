// The facilitator's spotlight on one decision: pressed, every board follows to it;
// pressed again, the spotlight is cleared. Offered only where the room would take it.
import type { Decision } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";
import { useFocusedDecisionId } from "../../store/selectors.ts";
import { useAllowed } from "../../store/useAllowed.ts";
import { Icon } from "../common/Icon.tsx";

export function FocusToggle({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const inFocus = useFocusedDecisionId() === decision.id;
  const command = { type: "room.setFocus", decisionId: inFocus ? null : decision.id } as const;
  const allowed = useAllowed(command);
  if (!allowed) return null;
  return (
    <button
      type="button"
      className={`chip-button focus-toggle${inFocus ? " is-on" : ""}`}
      aria-pressed={inFocus}
      aria-label={t("focus.toggleLabel", { decision: decision.title })}
      title={inFocus ? t("focus.clearHint") : t("focus.toggleHint")}
      onClick={() => sendCommand(command)}
    >
      <Icon name="eye" size={13} />
      {t("focus.toggle")}
    </button>
  );
}
