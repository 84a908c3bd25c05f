// Share: the room link (and QR code) for the team, the facilitator link for me alone.
import { facilitatorFragment, roomUrlPath } from "@stackboard/contracts";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { loadIdentity } from "../../lib/identity.ts";
import { browserStorage } from "../../lib/storage.ts";
import { useMyRole } from "../../store/selectors.ts";
import { useUiStore } from "../../store/uiStore.ts";
import { CopyField } from "../common/CopyField.tsx";
import { Dialog } from "../common/Dialog.tsx";

export function SharePanel({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const open = useUiStore((s) => s.panel === "share");
  const openPanel = useUiStore((s) => s.openPanel);
  const role = useMyRole();
  const [qr, setQr] = useState<string | null>(null);
  const roomUrl = `${window.location.origin}${roomUrlPath(roomId)}`;
  const key = open ? loadIdentity(browserStorage(), roomId)?.facilitatorKey : null;
  const facilitatorUrl =
    role === "facilitator" && key ? `${roomUrl}${facilitatorFragment(key)}` : null;

  useEffect(() => {
    if (!open) return;
    let live = true;
    // The QR encoder is fetched when the dialog first opens: most visitors never open it.
    import("qrcode")
      .then(({ default: QRCode }) =>
        QRCode.toDataURL(roomUrl, {
          margin: 1,
          width: 360,
          color: { dark: "#16161d", light: "#ffffff" },
        }),
      )
      .then((url) => {
        if (live) setQr(url);
      })
      .catch(() => setQr(null));
    return () => {
      live = false;
    };
  }, [open, roomUrl]);

  return (
    <Dialog
      open={open}
      title={t("share.title")}
      description={t("share.description")}
      onClose={() => openPanel(null)}
      className="share-dialog"
    >
      <div className="share-grid">
        <div className="share-links">
          <CopyField label={t("share.roomLink")} value={roomUrl} hint={t("share.roomHint")} />
          {facilitatorUrl ? (
            <CopyField
              label={t("share.facilitatorLink")}
              value={facilitatorUrl}
              hint={t("share.facilitatorHint")}
            />
          ) : null}
        </div>
        <figure className="share-qr">
          {qr ? (
            <img src={qr} alt={t("share.qrAlt")} width={180} height={180} />
          ) : (
            <div className="qr-placeholder" />
          )}
          <figcaption>{t("share.qrCaption")}</figcaption>
        </figure>
      </div>
    </Dialog>
  );
}
