// The read-only summary link (`/r/<id>/summary`): the record as an anonymous viewer sees
// it, without joining the room, so it can be pasted anywhere (sealed ballots stay sealed).
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { fetchRoom } from "../../api/rest.ts";
import { recordHref } from "../../app/route.ts";
import { useRoomStore } from "../../store/roomStore.ts";
import { Link } from "../common/Link.tsx";
import { Logo } from "../common/Logo.tsx";
import { IntelExports } from "../intel/IntelExports.tsx";
import { RecordIntel } from "../intel/RecordIntel.tsx";
import { RecordDocument } from "./RecordDocument.tsx";

export function SummaryPage({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<"loading" | "ready" | "missing">("loading");

  useEffect(() => {
    let active = true;
    fetchRoom(roomId)
      .then((snapshot) => {
        if (!active) return;
        if (snapshot === null) return setStatus("missing");
        useRoomStore.getState().replaceState(snapshot.state);
        setStatus("ready");
      })
      .catch(() => active && setStatus("missing"));
    return () => {
      active = false;
    };
  }, [roomId]);

  return (
    <div className="record-page">
      <header className="record-toolbar no-print">
        <Logo />
        <nav className="record-actions" aria-label={t("record.actions")}>
          <Link className="button button-ghost" href={recordHref(roomId)}>
            {t("intel.summary.full")}
          </Link>
          <IntelExports roomId={roomId} />
        </nav>
      </header>
      <main className="record-main" data-testid="summary">
        {status === "loading" ? (
          <p className="board-loading" role="status">
            <span className="spinner" aria-hidden="true" />
            {t("room.loading")}
          </p>
        ) : status === "missing" ? (
          <p role="alert">{t("join.missingBody")}</p>
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
