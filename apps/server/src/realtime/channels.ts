// Socket.IO room names: one per room, one per participant in a room (their tabs), one per
// participant waiting in a room's lobby.
export const roomChannel = (roomId: string): string => `room:${roomId}`;
export const participantChannel = (roomId: string, participantId: string): string =>
  `room:${roomId}:p:${participantId}`;
/** The sockets of someone knocking on a room, waiting for a facilitator's answer. */
export const lobbyChannel = (roomId: string, participantId: string): string =>
  `room:${roomId}:lobby:${participantId}`;
