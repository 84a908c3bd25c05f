// What people events do to this node's sockets beyond the event itself: a facilitator's
// answer reaches the sockets that knocked for it, and a removed participant's sockets are
// cut off (so is a knocker's socket that the lobby forgot; see lobby-leave.ts). Every node
// does this for its own sockets (`io.local`), since every node holding the room applies
// every event. Registered after the event fan-out, so that the removed
// participant's tabs still get the event that says why.
import { findLobbyEntry, findMember, type RoomEvent, type RoomState } from "@stackboard/core";
import { lobbyChannel, participantChannel } from "./channels.ts";
import type { AppServer } from "./types.ts";

export function createPeopleFanout(io: AppServer) {
  return (roomId: string, before: RoomState, event: RoomEvent, after: RoomState): void => {
    const { body } = event;
    switch (body.type) {
      case "lobby.admitted":
      case "lobby.denied": {
        // A no-op (someone else answered first) is not an answer.
        const { participantId } = body;
        if (!findLobbyEntry(before, participantId) || findLobbyEntry(after, participantId)) return;
        io.local
          .to(lobbyChannel(roomId, participantId))
          .emit("admission", { roomId, participantId, admitted: body.type === "lobby.admitted" });
        return;
      }
      case "lobby.left": {
        const { participantId } = body;
        if (!findLobbyEntry(before, participantId) || findLobbyEntry(after, participantId)) return;
        // Only when nobody waited, but a knock may have re-attached in between: cut it
        // off, and the client's reconnect knocks afresh instead of waiting for no answer.
        io.local.in(lobbyChannel(roomId, participantId)).disconnectSockets(true);
        return;
      }
      case "participant.removed": {
        const { participantId } = body;
        if (!findMember(before, participantId) || findMember(after, participantId)) return;
        // Their sockets' disconnect handlers take them off the roster. The event already
        // sits in each socket's write buffer, which a close flushes first.
        io.local.in(participantChannel(roomId, participantId)).disconnectSockets(true);
        return;
      }
      default:
        return;
    }
  };
}
