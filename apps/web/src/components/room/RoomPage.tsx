// The room: join first if this browser is new here, then the live board.
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { HotkeyHelp } from "../../hotkeys/HotkeyHelp.tsx";
import { useHotkeys } from "../../hotkeys/useHotkeys.ts";
import { useConnectionStore } from "../../store/connectionStore.ts";
import { useRoomCreated, useRoomTitle } from "../../store/selectors.ts";
import { Board } from "../board/Board.tsx";
import { FactCardDialog } from "../board/FactCardDialog.tsx";
import { FocusSkipLink } from "../board/FocusSkipLink.tsx";
import { CriteriaPanel } from "../facilitator/CriteriaPanel.tsx";
import { LobbyPanel } from "../people/LobbyPanel.tsx";
import { PeoplePanel } from "../people/PeoplePanel.tsx";
import { NudgeNotices } from "../vote/NudgeNotices.tsx";
import { WebhooksPanel } from "../webhooks/WebhooksPanel.tsx";
import { ConnectionBanner } from "./ConnectionBanner.tsx";
import { EntryGate } from "./EntryGate.tsx";
import { InvalidLinkNotice } from "./InvalidLinkNotice.tsx";
import { JoinForm } from "./JoinForm.tsx";
import { RoomFailure } from "./RoomFailure.tsx";
import { RoomHeader } from "./RoomHeader.tsx";
import { SharePanel } from "./SharePanel.tsx";
import { useRoomEntry } from "./useRoomEntry.ts";

export function RoomPage({ roomId }: { roomId: string }) {
  const { entered } = useRoomEntry(roomId);
  const failed = useConnectionStore((s) => s.status === "failed" && s.roomId === roomId);
  const gate = useConnectionStore((s) => (s.roomId === roomId ? s.gate : null));
  if (failed) return <RoomFailure />;
  if (gate) return <EntryGate roomId={roomId} gate={gate} />;
  if (!entered) return <JoinForm roomId={roomId} />;
  return <RoomView roomId={roomId} />;
}

function RoomView({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const created = useRoomCreated();
  const title = useRoomTitle();
  useHotkeys();
  useEffect(() => {
    document.title = title ? t("app.documentTitle", { title }) : t("app.name");
  }, [t, title]);
  return (
    <div className="room">
      {/* Only here: the other pages have no board to skip to. */}
      <FocusSkipLink />
      <a className="skip-link" href="#board">
        {t("app.skip")}
      </a>
      <RoomHeader roomId={roomId} />
      <InvalidLinkNotice roomId={roomId} />
      <ConnectionBanner />
      <LobbyPanel />
      <div className="room-body">
        <main className="room-main" id="board">
          <NudgeNotices />
          {created ? (
            <Board />
          ) : (
            <div className="board-loading" role="status">
              <span className="spinner" aria-hidden="true" />
              {t("room.loading")}
            </div>
          )}
        </main>
        <PeoplePanel />
      </div>
      <SharePanel roomId={roomId} />
      <CriteriaPanel />
      <FactCardDialog />
      <HotkeyHelp />
      <WebhooksPanel roomId={roomId} />
    </div>
  );
}
