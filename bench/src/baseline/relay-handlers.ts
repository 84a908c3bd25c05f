// The relay's whole protocol: the surface the generator needs and nothing else. `join`
// puts the socket in the room's channel and acks; `command` (after B1's Redis write)
// broadcasts the echoed command as an event and acks. No validation beyond shape, no
// state, no log: the thinnest relay that does the same network work as the app.
import type {
  ClientToServerEvents,
  CommandResult,
  EventMessage,
  InterServerEvents,
  JoinResult,
  ServerToClientEvents,
  SocketData,
} from "@stackboard/contracts";
import type { Server, Socket } from "socket.io";
import type { RelayWrite } from "./relay-write.ts";

export type RelayServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;
type RelaySocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;

const channel = (roomId: string): string => `room:${roomId}`;
const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>) : null;
const str = (value: unknown): string | null => (typeof value === "string" ? value : null);

let participants = 0;
/** B0's seq per room on this node (B1 takes it from Redis). */
const roomSeqs = new Map<string, number>();

export function registerRelayHandlers(
  io: RelayServer,
  socket: RelaySocket,
  write: RelayWrite | null,
): void {
  socket.data = { roomId: null, participantId: null, role: null };

  socket.on("join", async (payload: unknown, rawAck: unknown) => {
    const ack = typeof rawAck === "function" ? (rawAck as (result: JoinResult) => void) : null;
    const roomId = str(record(payload)?.roomId);
    if (roomId === null) {
      ack?.({ ok: false, error: { code: "INVALID_REQUEST", message: "roomId missing" } });
      return;
    }
    participants += 1;
    const participantId = `p${participants.toString(36).padStart(8, "0")}`;
    socket.data = { roomId, participantId, role: "voter" };
    await socket.join(channel(roomId));
    ack?.({
      ok: true,
      participantId,
      participantToken: `t${participantId}relaytokenrelaytoken`,
      role: "voter",
      serverTime: Date.now(),
      catchUp: { kind: "events", events: [] },
    });
  });

  socket.on("command", async (payload: unknown, rawAck: unknown) => {
    const ack = typeof rawAck === "function" ? (rawAck as (result: CommandResult) => void) : null;
    const envelope = record(payload);
    const roomId = str(envelope?.roomId);
    const commandId = str(envelope?.commandId);
    const body = record(envelope?.command);
    if (roomId === null || commandId === null || body === null || roomId !== socket.data.roomId) {
      ack?.({ ok: false, error: { code: "INVALID_COMMAND", message: "bad envelope" } });
      return;
    }
    // The command echoed, unchecked, as the event body: the same bytes the app's event
    // carries for a ballot (its event body mirrors the command), with none of its checks.
    const event = {
      seq: 0,
      at: Date.now(),
      actorId: socket.data.participantId,
      commandId,
      body: body as unknown as EventMessage["event"]["body"],
    };
    try {
      event.seq = write
        ? await write.append(roomId, commandId, JSON.stringify(event))
        : (roomSeqs.get(roomId) ?? 0) + 1;
      roomSeqs.set(roomId, event.seq);
    } catch (error) {
      ack?.({ ok: false, error: { code: "STORE_UNAVAILABLE", message: String(error) } });
      return;
    }
    // io.to (not socket.to): the sender gets its own event, as in the app, so both
    // servers deliver the same number of messages per vote.
    io.to(channel(roomId)).emit("event", { roomId, event });
    ack?.({ ok: true, seq: event.seq, duplicate: false });
  });
}
