// The decision record as a printable page (the browser's "Save as PDF" makes the PDF).
import { roomExportPath } from "@stackboard/contracts";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { fetchRoom } from "../../api/rest.ts";
import { roomHref } from "../../app/route.ts";
import { LanguageSwitcher } from "../../i18n/LanguageSwitcher.tsx";
import { canRejoin, loadIdentity } from "../../lib/identity.ts";
import { browserStorage } from "../../lib/storage.ts";
import { enterRoom } from "../../realtime/portal.ts";
import { useConnectionStore } from "../../store/connectionStore.ts";
import { useRoomStore } from "../../store/roomStore.ts";
import { useRoomCreated } from "../../store/selectors.ts";
import { DownloadButton } from "../common/DownloadButton.tsx";
import { Icon } from "../common/Icon.tsx";
import { Link } from "../common/Link.tsx";
import { Logo } from "../common/Logo.tsx";
import { IntelExports } from "../intel/IntelExports.tsx";
import { RecordIntel } from "../intel/RecordIntel.tsx";
import { RoomFailure } from "../room/RoomFailure.tsx";
import { RoomMissing } from "../room/RoomMissing.tsx";
import { PrivateRoomNotice } from "./PrivateRoomNotice.tsx";
import { RecordDocument } from "./RecordDocument.tsx";

type Source =
  | { kind: "live" | "snapshot" | "loading" | "missing" | "failed" }
  /** A gated room this browser is not in: only its title is known. */
  | { kind: "private"; title: string };

const LOADING: Source = { kind: "loading" };

function useRecordSource(roomId: string): Source {
  const live = useConnectionStore((s) => s.roomId === roomId);
  const failure = useConnectionStore((s) => (s.status === "failed" ? s.failure : null));
  const created = useRoomCreated();
  const [fallback, setFallback] = useState<Source>(LOADING);

  useEffect(() => {
    if (useConnectionStore.getState().roomId === roomId) return;
    const identity = loadIdentity(browserStorage(), roomId);
    if (canRejoin(identity)) {
      enterRoom(roomId, {
        name: identity.name,
        role: identity.role,
        facilitatorKey: identity.facilitatorKey,
      });
      return;
    }
    // A read-only summary for someone who never joined: the anonymous snapshot, unless the
    // room is kept to its members.
    let active = true;
    fetchRoom(roomId)
      .then((snapshot) => {
        if (!active) return;
        if (snapshot === null) {
          setFallback({ kind: "missing" });
        } else if ("state" in snapshot) {
          useRoomStore.getState().replaceState(snapshot.state);
          setFallback({ kind: "snapshot" });
        } else {
          setFallback({ kind: "private", title: snapshot.title });
        }
      })
      .catch(() => active && setFallback({ kind: "missing" }));
    return () => {
      active = false;
    };
  }, [roomId]);

  if (live && failure !== null) {
    return failure.code === "ROOM_NOT_FOUND" ? { kind: "missing" } : { kind: "failed" };
  }
  if (live) return created ? { kind: "live" } : LOADING;
  return fallback;
}

export function RecordPage({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const source = useRecordSource(roomId);
  // Nothing to export or print: a page that says so, with the way back.
  if (source.kind === "missing") return <RoomMissing />;
  if (source.kind === "failed") return <RoomFailure />;
  return (
    <div className="record-page">
      <header className="record-toolbar no-print">
        <Logo />
        <nav className="record-actions" aria-label={t("record.actions")}>
          <Link className="button button-ghost" href={roomHref(roomId)}>
            <Icon name="back" />
            {t("record.back")}
          </Link>
          {source.kind === "private" ? null : (
            <>
              <DownloadButton
                className="button button-ghost"
                roomId={roomId}
                path={roomExportPath(roomId, "md")}
              >
                <Icon name="download" />
                {t("export.markdown")}
              </DownloadButton>
              <DownloadButton
                className="button button-ghost"
                roomId={roomId}
                path={roomExportPath(roomId, "json")}
              >
                <Icon name="download" />
                {t("export.json")}
              </DownloadButton>
              <IntelExports roomId={roomId} />
            </>
          )}
          <button type="button" className="button button-primary" onClick={() => window.print()}>
            <Icon name="printer" />
            {t("record.print")}
          </button>
          <LanguageSwitcher />
        </nav>
      </header>
      <main className="record-main">
        {source.kind === "loading" ? (
          <p className="board-loading" role="status">
            <span className="spinner" aria-hidden="true" />
            {t("room.loading")}
          </p>
        ) : source.kind === "private" ? (
          <PrivateRoomNotice roomId={roomId} title={source.title} />
        ) : (
          <>
            <RecordDocument />
            <RecordIntel />
          </>
        )}
      </main>
    </div>
  );
}
