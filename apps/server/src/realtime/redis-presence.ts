// Presence shared by every node. Each socket is one entry in the room's presence hash,
// `<nodeId>|<socketId>|<participantId>` -> `status|expiresAt` (Redis clock). A node
// refreshes its own entries every `heartbeatMs`; entries live `lifetimeMs`, so a node
// that dies without saying goodbye takes its sockets' presence with it after at most
// `lifetimeMs` past its last heartbeat. Every node re-reads the rosters of the rooms it
// has sockets in on each heartbeat and reports changes (`onRosterChange`), so its clients
// learn of that departure within `lifetimeMs + heartbeatMs` (20 s with the defaults).
import { randomBytes } from "node:crypto";
import type { PresenceStatus } from "@stackboard/contracts";
import { guarded, type RedisLogger, type ScriptedRedis } from "../store/redis/connection.ts";
import type { RedisKeys } from "../store/redis/keys.ts";
import { combineStatuses, type PresenceTracker } from "./presence.ts";

export const PRESENCE_HEARTBEAT_MS = 5_000;
export const PRESENCE_LIFETIME_MS = 15_000;

type SocketStatus = "online" | "away";
export type Roster = Map<string, PresenceStatus>;
export type RosterListener = (roomId: string, roster: Roster) => void;

export interface RedisPresenceOptions {
  client: ScriptedRedis;
  keys: RedisKeys;
  logger: RedisLogger;
  /** Distinguishes this node's entries; random by default. */
  nodeId?: string;
  heartbeatMs?: number;
  lifetimeMs?: number;
}

export class RedisPresence implements PresenceTracker {
  readonly nodeId: string;
  private readonly heartbeatMs: number;
  private readonly lifetimeMs: number;
  /** This node's sockets: roomId -> field -> status. */
  private readonly mine = new Map<string, Map<string, SocketStatus>>();
  /** The roster last seen per room, to tell a change on the next heartbeat. */
  private readonly lastRoster = new Map<string, string>();
  private readonly listeners: RosterListener[] = [];
  private readonly timer: NodeJS.Timeout;
  private beating = false;

  private readonly options: RedisPresenceOptions;

  constructor(options: RedisPresenceOptions) {
    this.options = options;
    this.nodeId = options.nodeId ?? randomBytes(6).toString("hex");
    this.heartbeatMs = options.heartbeatMs ?? PRESENCE_HEARTBEAT_MS;
    this.lifetimeMs = options.lifetimeMs ?? PRESENCE_LIFETIME_MS;
    this.timer = setInterval(() => void this.heartbeat(), this.heartbeatMs);
    this.timer.unref();
  }

  /** Called with a room's new roster when a heartbeat finds it changed (e.g. a node died). */
  onRosterChange(listener: RosterListener): void {
    this.listeners.push(listener);
  }

  async set(roomId: string, participantId: string, socketId: string, status: SocketStatus) {
    const field = this.field(socketId, participantId);
    const room = this.mine.get(roomId) ?? new Map<string, SocketStatus>();
    room.set(field, status);
    this.mine.set(roomId, room);
    await this.write(roomId, [[field, status]]);
  }

  async remove(roomId: string, participantId: string, socketId: string) {
    const room = this.mine.get(roomId);
    const field = this.field(socketId, participantId);
    room?.delete(field);
    if (room?.size === 0) this.mine.delete(roomId);
    await guarded(() => this.options.client.hdel(this.key(roomId), field));
  }

  async roster(roomId: string): Promise<Roster> {
    const flat = await guarded(() => this.options.client.sbPresenceRoster(this.key(roomId)));
    const byParticipant = new Map<string, SocketStatus[]>();
    const pairs = Array.isArray(flat) ? flat : [];
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const [field, status] = [pairs[i], pairs[i + 1]];
      if (typeof field !== "string" || (status !== "online" && status !== "away")) continue;
      const participantId = field.slice(field.lastIndexOf("|") + 1);
      byParticipant.set(participantId, [...(byParticipant.get(participantId) ?? []), status]);
    }
    const roster: Roster = new Map();
    for (const [participantId, statuses] of [...byParticipant].sort(([a], [b]) =>
      a.localeCompare(b),
    )) {
      roster.set(participantId, combineStatuses(statuses));
    }
    this.lastRoster.set(roomId, JSON.stringify([...roster]));
    return roster;
  }

  /** Refreshes this node's entries and reports rosters that changed meanwhile. */
  async heartbeat(): Promise<void> {
    if (this.beating) return;
    this.beating = true;
    try {
      for (const [roomId, sockets] of this.mine) {
        await this.write(roomId, [...sockets]);
        const before = this.lastRoster.get(roomId);
        const roster = await this.roster(roomId);
        if (before !== undefined && before !== this.lastRoster.get(roomId)) {
          for (const listener of this.listeners) listener(roomId, roster);
        }
      }
      for (const roomId of this.lastRoster.keys()) {
        if (!this.mine.has(roomId)) this.lastRoster.delete(roomId);
      }
    } catch (err) {
      // Redis is away: the entries are written again on the next beat after it is back.
      this.options.logger.debug({ err }, "presence heartbeat failed");
    } finally {
      this.beating = false;
    }
  }

  /** Stops the heartbeat and removes this node's entries, so others see us leave now. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    const rooms = [...this.mine];
    this.mine.clear();
    await Promise.allSettled(
      rooms.map(([roomId, sockets]) =>
        this.options.client.hdel(this.key(roomId), ...sockets.keys()),
      ),
    );
  }

  /** Stops the heartbeat only, as a crashed node would (tests). */
  stopHeartbeat(): void {
    clearInterval(this.timer);
  }

  private write(roomId: string, entries: [string, SocketStatus][]): Promise<number> {
    const argv = entries.flat();
    return guarded(() =>
      this.options.client.sbPresenceSet(this.key(roomId), String(this.lifetimeMs), ...argv),
    );
  }

  private key(roomId: string): string {
    return this.options.keys.room(roomId).presence;
  }

  private field(socketId: string, participantId: string): string {
    return `${this.nodeId}|${socketId}|${participantId}`;
  }
}
