// The client router: start page, room board, decision record, replay, summary, and the
// counting rules page. Which page a path is lives in paths.ts (free of React, for main.tsx).
import { useSyncExternalStore } from "react";

export { countingHref, parseRoute, type Route } from "./paths.ts";

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
