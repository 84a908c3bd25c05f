// The read-only summary link (`/r/<id>/summary`): the record as an anonymous viewer sees
// it, without joining the room, so it can be pasted anywhere (sealed ballots stay sealed).
// A room kept to its members (a passphrase or a lobby) shows it only to a browser that is
// in the room; anyone else is sent to the room's door.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { fetchRoom } from "../../api/rest.ts";
import { recordHref } from "../../app/route.ts";
import { useRoomStore } from "../../store/roomStore.ts";
import { Link } from "../common/Link.tsx";
import { Logo } from "../common/Logo.tsx";
import { IntelExports } from "../intel/IntelExports.tsx";
import { RecordIntel } from "../intel/RecordIntel.tsx";
import { RoomMissing } from "../room/RoomMissing.tsx";
import { PrivateRoomNotice } from "./PrivateRoomNotice.tsx";
import { RecordDocument } from "./RecordDocument.tsx";

type Status =
  | { kind: "loading" | "ready" | "missing" }
  /** A gated room this browser is not in: only its title is known. */
  | { kind: "private"; title: string };

export function SummaryPage({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>({ kind: "loading" });

  useEffect(() => {
    let active = true;
    fetchRoom(roomId)
      .then((snapshot) => {
        if (!active) return;
        if (snapshot === null) return setStatus({ kind: "missing" });
        if (!("state" in snapshot)) return setStatus({ kind: "private", title: snapshot.title });
        useRoomStore.getState().replaceState(snapshot.state);
        setStatus({ kind: "ready" });
      })
      .catch(() => active && setStatus({ kind: "missing" }));
    return () => {
      active = false;
    };
  }, [roomId]);

  if (status.kind === "missing") return <RoomMissing />;
  return (
    <div className="record-page">
      <header className="record-toolbar no-print">
        <Logo />
        <nav className="record-actions" aria-label={t("record.actions")}>
          <Link className="button button-ghost" href={recordHref(roomId)}>
            {t("intel.summary.full")}
          </Link>
          {status.kind === "private" ? null : <IntelExports roomId={roomId} />}
        </nav>
      </header>
      <main className="record-main" data-testid="summary">
        {status.kind === "loading" ? (
          <p className="board-loading" role="status">
            <span className="spinner" aria-hidden="true" />
            {t("room.loading")}
          </p>
        ) : status.kind === "private" ? (
          <PrivateRoomNotice roomId={roomId} title={status.title} />
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
