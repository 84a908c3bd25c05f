// A banner while the room is not live: connecting, reconnecting or offline, and how many
// changes wait in the outbox (none is lost: they are sent once the room is back).
import { useTranslation } from "react-i18next";
import { useConnectionStore } from "../../store/connectionStore.ts";
import { Icon } from "../common/Icon.tsx";

export function ConnectionBanner() {
  const { t } = useTranslation();
  const status = useConnectionStore((s) => s.status);
  const waiting = useConnectionStore((s) => s.outbox.length);
  const visible = status === "connecting" || status === "reconnecting" || status === "offline";
  return (
    <div className="banner-slot" role="status" aria-live="polite">
      {visible ? (
        <div className={`connection-banner is-${status}`} data-testid="connection-banner">
          {status === "offline" ? (
            <Icon name="wifiOff" />
          ) : (
            <span className="spinner" aria-hidden="true" />
          )}
          <span>
            <strong>{t(`connection.banner.${status}`)}</strong>{" "}
            {waiting > 0
              ? t("connection.pending", { count: waiting })
              : t(`connection.detail.${status}`)}
          </span>
        </div>
      ) : null}
    </div>
  );
}
