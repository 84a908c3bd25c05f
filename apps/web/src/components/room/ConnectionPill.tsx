// A compact live/reconnecting indicator for the header.
import { useTranslation } from "react-i18next";
import { useConnectionStore } from "../../store/connectionStore.ts";

export function ConnectionPill() {
  const { t } = useTranslation();
  const status = useConnectionStore((s) => s.status);
  const waiting = useConnectionStore((s) => s.outbox.length);
  return (
    <span
      className={`connection-pill is-${status}`}
      data-testid="connection-status"
      data-status={status}
    >
      <span className="connection-dot" aria-hidden="true" />
      <span>{t(`connection.short.${status}`)}</span>
      {waiting > 0 ? (
        <span className="connection-waiting">{t("connection.waiting", { count: waiting })}</span>
      ) : null}
    </span>
  );
}
