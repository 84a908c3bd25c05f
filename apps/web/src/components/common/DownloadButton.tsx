// A button that saves one of the room's files. Not a plain `<a href download>`: the
// request must carry this browser's pass for a gated room (see api/download.ts). A refusal
// or a network failure is said in a toast instead of saving an error page as the file.
import { type ReactNode, useRef } from "react";
import { useTranslation } from "react-i18next";
import { downloadRoomFile } from "../../api/download.ts";
import { ApiError } from "../../api/rest.ts";
import { errorText } from "../../i18n/errors.ts";
import { useUiStore } from "../../store/uiStore.ts";

export function DownloadButton({
  roomId,
  path,
  className,
  children,
}: {
  roomId: string;
  /** The file's API path, e.g. roomExportPath(roomId, "md"). */
  path: string;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const busy = useRef(false);

  async function download() {
    if (busy.current) return; // a double click saves one file
    busy.current = true;
    try {
      await downloadRoomFile(roomId, path);
    } catch (error) {
      const message = error instanceof ApiError ? errorText(error) : t("export.failed");
      useUiStore.getState().pushToast("error", message);
    } finally {
      busy.current = false;
    }
  }

  return (
    <button type="button" className={className} onClick={download}>
      {children}
    </button>
  );
}
