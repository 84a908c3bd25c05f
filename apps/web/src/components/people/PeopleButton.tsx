// The header's way into the people panel, with what needs attention on it: raised hands,
// and for facilitators the people waiting in the lobby.
import { useTranslation } from "react-i18next";
import { useRoomStore } from "../../store/roomStore.ts";
import { useMyRole } from "../../store/selectors.ts";
import { Icon } from "../common/Icon.tsx";
import { PEOPLE_PANEL_ID } from "./PeoplePanel.tsx";
import { usePeoplePanel } from "./peoplePanelStore.ts";

export function PeopleButton() {
  const { t } = useTranslation();
  const open = usePeoplePanel((s) => s.open);
  const toggle = usePeoplePanel((s) => s.toggle);
  const hands = useRoomStore(
    (s) => s.state.participants.filter((p) => !p.removed && p.handRaisedAt !== null).length,
  );
  const waiting = useRoomStore((s) => s.state.lobby.length);
  const facilitator = useMyRole() === "facilitator";
  return (
    <button
      type="button"
      className="button button-ghost people-button"
      aria-expanded={open}
      aria-controls={open ? PEOPLE_PANEL_ID : undefined}
      aria-keyshortcuts="w"
      data-people-toggle=""
      title={t("people.toggle")}
      onClick={toggle}
    >
      <Icon name="users" />
      <span className="people-button-label">{t("people.toggle")}</span>
      {hands > 0 ? (
        <span className="count-badge badge-hand" data-testid="hands-badge">
          <span aria-hidden="true">{hands}</span>
          <span className="sr-only">{t("people.handsRaised", { count: hands })}</span>
        </span>
      ) : null}
      {facilitator && waiting > 0 ? (
        <span className="count-badge badge-lobby" data-testid="lobby-badge">
          <span aria-hidden="true">{waiting}</span>
          <span className="sr-only">{t("lobby.badge", { count: waiting })}</span>
        </span>
      ) : null}
    </button>
  );
}
