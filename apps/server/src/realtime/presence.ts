// Who is here. Each socket reports online/away; a participant is online if any of their
// sockets is, away if all are away, offline with none. The local tracker serves one node;
// with Redis a shared tracker spans nodes (see store/redis).
import type { PresenceStatus } from "@stackboard/contracts";

export interface PresenceTracker {
  set(
    roomId: string,
    participantId: string,
    socketId: string,
    status: "online" | "away",
  ): Promise<void>;
  remove(roomId: string, participantId: string, socketId: string): Promise<void>;
  /** Status of every participant with at least one live socket. */
  roster(roomId: string): Promise<Map<string, PresenceStatus>>;
  close(): Promise<void>;
}

export function combineStatuses(statuses: Iterable<"online" | "away">): PresenceStatus {
  let any = false;
  for (const status of statuses) {
    if (status === "online") return "online";
    any = true;
  }
  return any ? "away" : "offline";
}

export class LocalPresence implements PresenceTracker {
  private readonly rooms = new Map<string, Map<string, Map<string, "online" | "away">>>();

  async set(roomId: string, participantId: string, socketId: string, status: "online" | "away") {
    const room = this.rooms.get(roomId) ?? new Map<string, Map<string, "online" | "away">>();
    const sockets = room.get(participantId) ?? new Map<string, "online" | "away">();
    sockets.set(socketId, status);
    room.set(participantId, sockets);
    this.rooms.set(roomId, room);
  }

  async remove(roomId: string, participantId: string, socketId: string) {
    const room = this.rooms.get(roomId);
    const sockets = room?.get(participantId);
    sockets?.delete(socketId);
    if (sockets?.size === 0) room?.delete(participantId);
    if (room?.size === 0) this.rooms.delete(roomId);
  }

  async roster(roomId: string) {
    const roster = new Map<string, PresenceStatus>();
    for (const [participantId, sockets] of this.rooms.get(roomId) ?? []) {
      roster.set(participantId, combineStatuses(sockets.values()));
    }
    return roster;
  }

  async close() {
    this.rooms.clear();
  }
}
