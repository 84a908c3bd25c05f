// Socket.IO room names: one per room, one per participant in a room (their tabs).
export const roomChannel = (roomId: string): string => `room:${roomId}`;
export const participantChannel = (roomId: string, participantId: string): string =>
  `room:${roomId}:p:${participantId}`;
