// What the server itself writes to a room on a timer (a timer's expiry, a lobby leave):
// one pending timeout per key that never keeps a stopping process alive, and an append
// whose refusal says whether to try again.
import { normaliseError } from "@stackboard/contracts";
import type { Logger } from "../logger.ts";
import type { EventBuilder, RoomService } from "./room-service.ts";

/** At most one pending timeout per key; a new one for a key replaces the old one. */
export class KeyedTimeouts {
  private readonly pending = new Map<string, { timeout: NodeJS.Timeout; tag: string }>();
  private closed = false;

  /** Runs `run` after `delayMs`, unless replaced, cleared or closed first. */
  set(key: string, delayMs: number, run: () => void, tag = ""): void {
    if (this.closed) return;
    this.clear(key);
    const timeout = setTimeout(() => {
      this.pending.delete(key);
      run();
    }, delayMs);
    timeout.unref();
    this.pending.set(key, { timeout, tag });
  }

  /** The tag the pending timeout of `key` was set with, if one is pending. */
  tagOf(key: string): string | undefined {
    return this.pending.get(key)?.tag;
  }

  clear(key: string): void {
    const current = this.pending.get(key);
    if (current) clearTimeout(current.timeout);
    this.pending.delete(key);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  close(): void {
    this.closed = true;
    for (const { timeout } of this.pending.values()) clearTimeout(timeout);
    this.pending.clear();
  }
}

/**
 * How a server-made append ended: `done` (applied, or already applied under the same
 * command id), `moot` (NOT_FOUND: what it was about changed meanwhile), `early`
 * (INVALID_TRANSITION: the rule says not yet) or `failed` (anything else, logged).
 */
export type ServerAppendOutcome = "done" | "moot" | "early" | "failed";

export async function appendServerEvent(
  rooms: RoomService,
  logger: Logger,
  roomId: string,
  commandId: string,
  build: EventBuilder,
): Promise<ServerAppendOutcome> {
  try {
    await rooms.append(roomId, null, commandId, build);
    return "done";
  } catch (error) {
    const { code } = normaliseError(error);
    if (code === "NOT_FOUND") return "moot";
    if (code === "INVALID_TRANSITION") return "early";
    logger.warn({ err: error, roomId, commandId }, "server-made event not appended");
    return "failed";
  }
}
