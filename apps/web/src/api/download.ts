// Files from the server that belong to a room: the record, the CSVs, the MADR files. A
// plain `<a href download>` cannot carry this browser's pass for a gated room, so these
// are fetched with it (roomHeaders.ts) and handed to the browser as a Blob to save.
import { apiErrorOf } from "./rest.ts";
import { roomReadHeaders } from "./roomHeaders.ts";

export interface RoomFile {
  blob: Blob;
  /** The name the server suggested, or the fallback. */
  fileName: string;
}

/** Reads one of the room's files; throws ApiError when the server refuses. */
export async function fetchRoomFile(roomId: string, path: string): Promise<RoomFile> {
  const response = await fetch(path, { headers: roomReadHeaders(roomId) });
  if (!response.ok) throw await apiErrorOf(response);
  const fallback = path.split("/").at(-1) ?? "stackboard";
  return {
    blob: await response.blob(),
    fileName: fileNameFrom(response.headers.get("content-disposition"), fallback),
  };
}

/** Fetches one of the room's files and saves it under the name the server suggests. */
export async function downloadRoomFile(roomId: string, path: string): Promise<void> {
  const file = await fetchRoomFile(roomId, path);
  saveBlob(file.blob, file.fileName);
}

/** Lets the browser save `blob` as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start reading the Blob only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The file name in a Content-Disposition header (`attachment; filename="x.md"`, or the
 * RFC 5987 `filename*=UTF-8''x.md`), without any path; `fallback` when there is none.
 */
export function fileNameFrom(header: string | null, fallback: string): string {
  if (header === null) return fallback;
  const extended = /filename\*\s*=\s*[^']*'[^']*'([^;]+)/i.exec(header)?.[1];
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(header);
  let name: string | undefined;
  if (extended !== undefined) {
    try {
      name = decodeURIComponent(extended.trim());
    } catch {
      name = undefined;
    }
  }
  name ??= plain?.[1] ?? plain?.[2];
  const base = name?.split(/[/\\]/).at(-1)?.trim();
  return base ? base : fallback;
}
