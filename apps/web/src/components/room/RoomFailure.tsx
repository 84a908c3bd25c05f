// Joining failed for good: no such room, a facilitator removed me, or client and server
// speak other versions.
import { useTranslation } from "react-i18next";
import { errorText } from "../../i18n/errors.ts";
import { useConnectionStore } from "../../store/connectionStore.ts";
import { Logo } from "../common/Logo.tsx";

export function RoomFailure() {
  const { t } = useTranslation();
  const failure = useConnectionStore((s) => s.failure);
  const missing = failure?.code === "ROOM_NOT_FOUND";
  const removed = failure?.code === "REMOVED";
  return (
    <div className="centered-page">
      <Logo />
      <div className="card narrow" role="alert" data-testid="room-failure">
        {removed ? (
          <>
            <h1>{t("entry.removedTitle")}</h1>
            <p className="muted">{t("entry.removedBody")}</p>
          </>
        ) : (
          <>
            <h1>{missing ? t("join.missingTitle") : t("room.failedTitle")}</h1>
            <p className="muted">
              {missing ? t("join.missingBody") : failure ? errorText(failure) : null}
            </p>
          </>
        )}
        <a className="button button-primary" href="/">
          {t("join.startNew")}
        </a>
      </div>
    </div>
  );
}
