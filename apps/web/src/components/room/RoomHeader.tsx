// The room's top bar: title, timer, who is here, connection, and the room actions.
import { useTranslation } from "react-i18next";
import { recordHref } from "../../app/route.ts";
import { HotkeyButton } from "../../hotkeys/HotkeyButton.tsx";
import { LanguageSwitcher } from "../../i18n/LanguageSwitcher.tsx";
import { useMyRole, useRoomTitle } from "../../store/selectors.ts";
import { useUiStore } from "../../store/uiStore.ts";
import { Icon } from "../common/Icon.tsx";
import { Link } from "../common/Link.tsx";
import { Logo } from "../common/Logo.tsx";
import { PeopleButton } from "../people/PeopleButton.tsx";
import { ConnectionPill } from "./ConnectionPill.tsx";
import { ExportMenu } from "./ExportMenu.tsx";
import { PresenceBar } from "./PresenceBar.tsx";
import { TimerDisplay } from "./TimerDisplay.tsx";

export function RoomHeader({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const title = useRoomTitle();
  const role = useMyRole();
  const openPanel = useUiStore((s) => s.openPanel);
  return (
    <header className="room-header">
      <div className="room-header-main">
        <Logo />
        <span className="header-divider" aria-hidden="true" />
        <div className="room-title">
          <h1>{title || t("room.untitled")}</h1>
          {role ? <span className={`role-chip role-${role}`}>{t(`roles.${role}`)}</span> : null}
        </div>
        <TimerDisplay />
      </div>
      <div className="room-header-side">
        <PresenceBar />
        <ConnectionPill />
        <nav className="room-actions" aria-label={t("room.actions")}>
          <PeopleButton />
          <button
            type="button"
            className="button button-ghost"
            onClick={() => openPanel("criteria")}
          >
            <Icon name="sliders" />
            <span>{t("room.criteria")}</span>
          </button>
          <Link className="button button-ghost" href={recordHref(roomId)}>
            <Icon name="doc" />
            <span>{t("room.record")}</span>
          </Link>
          <ExportMenu roomId={roomId} />
          {role === "facilitator" ? (
            <button
              type="button"
              className="button button-ghost"
              onClick={() => openPanel("webhooks")}
            >
              <Icon name="bell" />
              <span>{t("webhooks.button")}</span>
            </button>
          ) : null}
          <HotkeyButton />
          <LanguageSwitcher />
          <button
            type="button"
            className="button button-primary"
            onClick={() => openPanel("share")}
          >
            <Icon name="share" />
            <span>{t("room.share")}</span>
          </button>
        </nav>
      </div>
    </header>
  );
}
