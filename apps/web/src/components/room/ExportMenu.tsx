// Export: the decision record as Markdown or JSON, straight from the server.
import { useTranslation } from "react-i18next";
import { exportUrl } from "../../api/rest.ts";
import { Icon } from "../common/Icon.tsx";

export function ExportMenu({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  return (
    <details className="menu" data-hotkey="export">
      <summary className="button button-ghost">
        <Icon name="download" />
        <span>{t("export.menu")}</span>
      </summary>
      <div className="menu-panel">
        <a className="menu-item" href={exportUrl(roomId, "md")} download>
          <strong>{t("export.markdown")}</strong>
          <span className="muted">{t("export.markdownHint")}</span>
        </a>
        <a className="menu-item" href={exportUrl(roomId, "json")} download>
          <strong>{t("export.json")}</strong>
          <span className="muted">{t("export.jsonHint")}</span>
        </a>
      </div>
    </details>
  );
}
