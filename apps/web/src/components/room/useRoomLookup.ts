// The room's title for the pages before joining (join form, passphrase, lobby), from the
// REST snapshot or, for a room kept to its members, the door the server shows outsiders;
// "missing" when the server has no such room.
import { useEffect, useState } from "react";
import { fetchRoom, titleOf } from "../../api/rest.ts";

export type RoomLookup =
  | { kind: "loading" }
  | { kind: "found"; title: string }
  | { kind: "missing" };

export function useRoomLookup(roomId: string): RoomLookup {
  const [room, setRoom] = useState<RoomLookup>({ kind: "loading" });
  useEffect(() => {
    let live = true;
    fetchRoom(roomId)
      .then((snapshot) => {
        if (!live) return;
        setRoom(snapshot ? { kind: "found", title: titleOf(snapshot) } : { kind: "missing" });
      })
      .catch(() => {
        // Not readable (offline, say): no title.
        if (live) setRoom({ kind: "found", title: "" });
      });
    return () => {
      live = false;
    };
  }, [roomId]);
  return room;
}

/** The title to show, or null when it is not known. */
export const lookupTitle = (room: RoomLookup): string | null =>
  room.kind === "found" && room.title !== "" ? room.title : null;
