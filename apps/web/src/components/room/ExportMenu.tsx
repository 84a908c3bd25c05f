// Export: the decision record as Markdown or JSON, straight from the server (with this
// browser's pass, which a room kept to its members asks for).
import { roomExportPath } from "@stackboard/contracts";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { DownloadButton } from "../common/DownloadButton.tsx";
import { Icon } from "../common/Icon.tsx";
import { useMenuInView } from "../common/useMenuInView.ts";

export function ExportMenu({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDetailsElement>(null);
  useMenuInView(ref);
  return (
    <details className="menu" data-hotkey="export" ref={ref}>
      <summary className="button button-ghost" title={t("export.menu")}>
        <Icon name="download" />
        <span>{t("export.menu")}</span>
      </summary>
      <div className="menu-panel">
        <DownloadButton className="menu-item" roomId={roomId} path={roomExportPath(roomId, "md")}>
          <strong>{t("export.markdown")}</strong>
          <span className="muted">{t("export.markdownHint")}</span>
        </DownloadButton>
        <DownloadButton className="menu-item" roomId={roomId} path={roomExportPath(roomId, "json")}>
          <strong>{t("export.json")}</strong>
          <span className="muted">{t("export.jsonHint")}</span>
        </DownloadButton>
      </div>
    </details>
  );
}
