// The room's top bar: title, timer, who is here, connection, and the room actions.
import { type RefObject, useLayoutEffect, useRef } from "react";
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
  const ref = useRef<HTMLElement>(null);
  useHeaderHeight(ref);
  return (
    <header className="room-header" ref={ref}>
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
            title={t("room.criteria")}
            onClick={() => openPanel("criteria")}
          >
            <Icon name="sliders" />
            <span>{t("room.criteria")}</span>
          </button>
          <Link className="button button-ghost" href={recordHref(roomId)} title={t("room.record")}>
            <Icon name="doc" />
            <span>{t("room.record")}</span>
          </Link>
          <ExportMenu roomId={roomId} />
          {role === "facilitator" ? (
            <button
              type="button"
              className="button button-ghost"
              title={t("webhooks.button")}
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
            title={t("room.share")}
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

/**
 * Publishes the header's real height as `--room-header-height`: it wraps to two or more
 * lines on narrow screens, and the sticky people panel must start below it.
 */
function useHeaderHeight(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const header = ref.current;
    if (!header || typeof ResizeObserver === "undefined") return;
    const root = document.documentElement;
    const publish = () =>
      root.style.setProperty("--room-header-height", `${header.getBoundingClientRect().height}px`);
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(header);
    return () => {
      observer.disconnect();
      root.style.removeProperty("--room-header-height");
    };
  }, [ref]);
}
