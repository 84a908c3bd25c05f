// More ways to take the decisions away: a radar sheet, the ballots as CSV, one MADR file
// per decision, the record copied as Markdown, and the meeting replay. The server's files
// are fetched with this browser's pass (a room kept to its members asks for it).
import { roomExportPath, roomPath } from "@stackboard/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fetchRoomFile } from "../../api/download.ts";
import { replayHref, summaryHref } from "../../app/route.ts";
import { copyText } from "../../lib/clipboard.ts";
import { useRoomStore } from "../../store/roomStore.ts";
import { DownloadButton } from "../common/DownloadButton.tsx";
import { Icon } from "../common/Icon.tsx";
import { Link } from "../common/Link.tsx";

export function IntelExports({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const decisions = useRoomStore((s) => s.state.decisions);
  const [copied, setCopied] = useState<"idle" | "done" | "failed">("idle");

  async function copyMarkdown() {
    const file = await fetchRoomFile(roomId, roomExportPath(roomId, "md")).catch(() => null);
    const ok = file ? await copyText(await file.blob.text()) : false;
    setCopied(ok ? "done" : "failed");
  }

  return (
    <>
      <button type="button" className="button button-ghost" onClick={copyMarkdown}>
        <Icon name={copied === "done" ? "check" : "doc"} />
        {t(copied === "done" ? "intel.exports.copied" : "intel.exports.copyMarkdown")}
      </button>
      {copied === "failed" ? (
        <span role="alert" className="small">
          {t("intel.exports.copyFailed")}
        </span>
      ) : null}
      <details className="madr-menu">
        <summary className="button button-ghost menu-summary">
          <Icon name="download" />
          {t("intel.exports.more")}
        </summary>
        <ul>
          <li>
            {/* The room keeps its radar: the server's sheet says how each blip moved. */}
            <DownloadButton
              className="link-button"
              roomId={roomId}
              path={`${roomPath(roomId)}/export.radar.csv`}
            >
              {t("intel.exports.radar")}
            </DownloadButton>
          </li>
          <li>
            <DownloadButton
              className="link-button"
              roomId={roomId}
              path={`${roomPath(roomId)}/export.ballots.csv`}
            >
              {t("intel.exports.ballots")}
            </DownloadButton>
          </li>
          <li className="menu-heading">{t("intel.exports.madr")}</li>
          {decisions.map((decision) => (
            <li key={decision.id}>
              <DownloadButton
                className="link-button"
                roomId={roomId}
                path={`${roomPath(roomId)}/decisions/${encodeURIComponent(decision.id)}/export.md`}
              >
                {t("intel.exports.madrOne", { title: decision.title })}
              </DownloadButton>
            </li>
          ))}
        </ul>
      </details>
      <Link className="button button-ghost" href={summaryHref(roomId)}>
        <Icon name="eye" />
        {t("intel.summary.link")}
      </Link>
      <Link className="button button-ghost" href={replayHref(roomId)}>
        <Icon name="clock" />
        {t("intel.replay.open")}
      </Link>
    </>
  );
}
