// The decision record as a printable page (the browser's "Save as PDF" makes the PDF).
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { exportUrl, fetchRoom } from "../../api/rest.ts";
import { roomHref } from "../../app/route.ts";
import { LanguageSwitcher } from "../../i18n/LanguageSwitcher.tsx";
import { canRejoin, loadIdentity } from "../../lib/identity.ts";
import { browserStorage } from "../../lib/storage.ts";
import { enterRoom } from "../../realtime/portal.ts";
import { useConnectionStore } from "../../store/connectionStore.ts";
import { useRoomStore } from "../../store/roomStore.ts";
import { useRoomCreated } from "../../store/selectors.ts";
import { Icon } from "../common/Icon.tsx";
import { Link } from "../common/Link.tsx";
import { Logo } from "../common/Logo.tsx";
import { IntelExports } from "../intel/IntelExports.tsx";
import { RecordIntel } from "../intel/RecordIntel.tsx";
import { RecordDocument } from "./RecordDocument.tsx";

type Source = "live" | "snapshot" | "loading" | "missing";

function useRecordSource(roomId: string): Source {
  const live = useConnectionStore((s) => s.roomId === roomId);
  const created = useRoomCreated();
  const [fallback, setFallback] = useState<Source>("loading");

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
    // A read-only summary for someone who never joined: the anonymous snapshot.
    let active = true;
    fetchRoom(roomId)
      .then((snapshot) => {
        if (!active) return;
        if (snapshot === null) {
          setFallback("missing");
          return;
        }
        useRoomStore.getState().replaceState(snapshot.state);
        setFallback("snapshot");
      })
      .catch(() => active && setFallback("missing"));
    return () => {
      active = false;
    };
  }, [roomId]);

  if (live) return created ? "live" : "loading";
  return fallback;
}

export function RecordPage({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const source = useRecordSource(roomId);
  return (
    <div className="record-page">
      <header className="record-toolbar no-print">
        <Logo />
        <nav className="record-actions" aria-label={t("record.actions")}>
          <Link className="button button-ghost" href={roomHref(roomId)}>
            <Icon name="back" />
            {t("record.back")}
          </Link>
          <a className="button button-ghost" href={exportUrl(roomId, "md")} download>
            <Icon name="download" />
            {t("export.markdown")}
          </a>
          <a className="button button-ghost" href={exportUrl(roomId, "json")} download>
            <Icon name="download" />
            {t("export.json")}
          </a>
          <IntelExports roomId={roomId} />
          <button type="button" className="button button-primary" onClick={() => window.print()}>
            <Icon name="printer" />
            {t("record.print")}
          </button>
          <LanguageSwitcher />
        </nav>
      </header>
      <main className="record-main">
        {source === "loading" ? (
          <p className="board-loading" role="status">
            <span className="spinner" aria-hidden="true" />
            {t("room.loading")}
          </p>
        ) : source === "missing" ? (
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
