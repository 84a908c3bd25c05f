// The client router: start page, room board, decision record, replay, summary, and the
// counting rules page.
import { isRoomId } from "@stackboard/contracts";
import { useSyncExternalStore } from "react";

export type Route =
  | { name: "start" }
  | { name: "room"; roomId: string }
  | { name: "record"; roomId: string }
  | { name: "replay"; roomId: string }
  | { name: "summary"; roomId: string }
  | { name: "counting" }
  | { name: "notFound" };

/** `/r/<room id>` and its pages; the id itself is judged by contracts' one room-id rule. */
const ROOM_PATH = /^\/r\/([^/]+)(?:\/(record|summary|replay))?\/?$/;

export function parseRoute(pathname: string): Route {
  if (pathname === "/" || pathname === "") return { name: "start" };
  if (pathname === countingHref || pathname === `${countingHref}/`) return { name: "counting" };
  const match = ROOM_PATH.exec(pathname);
  const roomId = match?.[1];
  if (roomId === undefined || !isRoomId(roomId)) return { name: "notFound" };
  // The pattern admits only these three page names.
  const page = match?.[2] as "record" | "summary" | "replay" | undefined;
  return { name: page === undefined ? "room" : page, roomId };
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
