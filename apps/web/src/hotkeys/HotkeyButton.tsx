// The header's way to discover the shortcuts without knowing about "?".
import { useTranslation } from "react-i18next";
import { useUiStore } from "../store/uiStore.ts";

export function HotkeyButton() {
  const { t } = useTranslation();
  const openPanel = useUiStore((s) => s.openPanel);
  return (
    <button
      type="button"
      className="button button-ghost hotkey-button"
      aria-label={t("hotkeys.button")}
      title={t("hotkeys.button")}
      aria-keyshortcuts="Shift+?"
      onClick={() => openPanel("hotkeys")}
    >
      <kbd>?</kbd>
    </button>
  );
}
