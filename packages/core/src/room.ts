import type { RoomState } from "./types.ts";

/** The state before `room.created`: every replica starts here. */
export function emptyRoom(): RoomState {
  return {
    roomId: "",
    title: "",
    templateId: null,
    createdAt: 0,
    seq: 0,
    participants: [],
    criteria: [],
    decisions: [],
    annotations: [],
    timer: null,
    recentCommandIds: [],
  };
}
