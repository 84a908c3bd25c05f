// Which page a path is: start page, room board, decision record, replay, summary, the
// counting rules page. Free of React, so the entry module can read it before the app loads.

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
