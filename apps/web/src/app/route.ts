// The client router: start page, room board, decision record, replay, summary, and the
// counting rules page.
import { useSyncExternalStore } from "react";

export type Route =
  | { name: "start" }
  | { name: "room"; roomId: string }
  | { name: "record"; roomId: string }
  | { name: "replay"; roomId: string }
  | { name: "summary"; roomId: string }
  | { name: "counting" }
  | { name: "notFound" };

const ROOM_ID = "[A-Za-z0-9_-]{1,64}";
const ROOM = new RegExp(`^/r/(${ROOM_ID})/?$`);
const RECORD = new RegExp(`^/r/(${ROOM_ID})/record/?$`);
const REPLAY = new RegExp(`^/r/(${ROOM_ID})/replay/?$`);
const SUMMARY = new RegExp(`^/r/(${ROOM_ID})/summary/?$`);

export function parseRoute(pathname: string): Route {
  if (pathname === "/" || pathname === "") return { name: "start" };
  if (pathname === countingHref || pathname === `${countingHref}/`) return { name: "counting" };
  const record = RECORD.exec(pathname);
  if (record?.[1]) return { name: "record", roomId: record[1] };
  const summary = SUMMARY.exec(pathname);
  if (summary?.[1]) return { name: "summary", roomId: summary[1] };
  const replay = REPLAY.exec(pathname);
  if (replay?.[1]) return { name: "replay", roomId: replay[1] };
  const room = ROOM.exec(pathname);
  if (room?.[1]) return { name: "room", roomId: room[1] };
  return { name: "notFound" };
}

/** docs/counting.md, served as a page of the app (`CountingPage`). */
export const countingHref = "/help/counting";

export const roomHref = (roomId: string): string => `/r/${encodeURIComponent(roomId)}`;
export const recordHref = (roomId: string): string => `${roomHref(roomId)}/record`;
export const summaryHref = (roomId: string): string => `${roomHref(roomId)}/summary`;
/** A read-only moment of the meeting: the board after event `at` (the log's seq). */
export const replayHref = (roomId: string, at?: number): string =>
  `${roomHref(roomId)}/replay${at === undefined ? "" : `?at=${at}`}`;

const CHANGE = "stackboard:navigate";

/** Client-side navigation; `hash` (e.g. the facilitator fragment) is kept as given. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, "", path);
  else history.pushState(null, "", path);
  window.dispatchEvent(new Event(CHANGE));
  window.scrollTo({ top: 0 });
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const pathname = () => window.location.pathname;

export function usePathname(): string {
  return useSyncExternalStore(subscribe, pathname, () => "/");
}
