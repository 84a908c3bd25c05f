// Sound on or off for "time's up", remembered in this browser.
import { useTranslation } from "react-i18next";
import { Icon } from "../common/Icon.tsx";

export function MuteToggle({
  muted,
  onChange,
}: {
  muted: boolean;
  onChange: (muted: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="timer-icon-button"
      aria-pressed={muted}
      aria-label={t("timer.mute")}
      title={t("timer.mute")}
      data-testid="timer-mute"
      onClick={() => onChange(!muted)}
    >
      <Icon name={muted ? "bellOff" : "bell"} size={13} />
    </button>
  );
}
