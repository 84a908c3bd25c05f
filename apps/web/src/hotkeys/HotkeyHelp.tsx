// The "?" dialog: every shortcut, in the reader's language. The native modal dialog (see
// common/Dialog) keeps focus inside and closes on Escape.
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../components/common/Dialog.tsx";
import { useUiStore } from "../store/uiStore.ts";
import { HOTKEY_HELP } from "./keymap.ts";

export function HotkeyHelp() {
  const { t } = useTranslation();
  const open = useUiStore((s) => s.panel === "hotkeys");
  const openPanel = useUiStore((s) => s.openPanel);
  return (
    <Dialog
      open={open}
      title={t("hotkeys.title")}
      description={t("hotkeys.description")}
      onClose={() => openPanel(null)}
      className="hotkey-dialog"
    >
      <table className="hotkey-table" data-testid="hotkey-help">
        <thead className="sr-only">
          <tr>
            <th scope="col">{t("hotkeys.keysLabel")}</th>
            <th scope="col">{t("hotkeys.actionLabel")}</th>
          </tr>
        </thead>
        <tbody>
          {HOTKEY_HELP.map((row) => (
            <tr key={row.label}>
              <td className="hotkey-keys">
                <Keys keys={row.keys} range={row.label === "pick"} />
              </td>
              <td>{t(`hotkeys.${row.label}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}

/** "1–9" for a range; otherwise alternatives joined by a translated "or". */
function Keys({ keys, range }: { keys: readonly string[]; range: boolean }) {
  const { t } = useTranslation();
  if (range) {
    return (
      <>
        <kbd>{keys[0]}</kbd>–<kbd>{keys[keys.length - 1]}</kbd>
      </>
    );
  }
  return (
    <>
      {keys.map((key, index) => (
        <Fragment key={key}>
          {index > 0 ? <span className="muted"> {t("hotkeys.or")} </span> : null}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </>
  );
}
