// The store contract both engines (embedded files, Redis) implement. A room is an
// ordered log of events; the store assigns seq, deduplicates command ids and makes an
// event durable before `append` resolves.
import type { RoomEvent, RoomState } from "@stackboard/core";

/** Events between snapshots unless configured otherwise (the room service decides when). */
export const DEFAULT_SNAPSHOT_EVERY = 500;

export interface RoomMeta {
  roomId: string;
  createdAt: number;
  /** sha256 (hex) of the facilitator key; the key itself is never stored. */
  facilitatorKeyHash: string;
  /**
   * The room's passphrase as a salted scrypt hash (see rooms/passphrase.ts), null for none.
   * Meta written before passphrases existed has no such field: it reads as null.
   */
  passphraseHash: string | null;
}

/** A room is created without a passphrase; a facilitator may set one later. */
export type NewRoomMeta = Omit<RoomMeta, "passphraseHash">;

/** An event before the store gives it its seq. */
export type PendingEvent = Omit<RoomEvent, "seq">;

export type AppendResult =
  /** Durable with this seq. */
  | { status: "appended"; event: RoomEvent }
  /** This command id was appended before, as `event`: the retry applies once. */
  | { status: "duplicate"; event: RoomEvent }
  /** The log moved past `expectedSeq`: catch up and decide again. */
  | { status: "conflict"; latestSeq: number };

export interface Snapshot {
  seq: number;
  state: RoomState;
}

export type StoreListener = (event: RoomEvent) => void;

/**
 * Something the server must append to a room at a given time, whoever is connected: a
 * decision's closing time. Kept outside the room's log so that a node finds it without
 * loading every room (rooms leave memory when idle).
 */
export interface Deadline {
  roomId: string;
  /** What is due, unique within the room (e.g. `close:<decisionId>`). */
  key: string;
  /** ms since epoch. */
  at: number;
}

export interface RoomStore {
  readonly engine: "embedded" | "redis";
  /** Creates the room with its `room.created` event as seq 1. Fails if it exists. */
  createRoom(meta: NewRoomMeta, created: PendingEvent): Promise<RoomEvent>;
  getMeta(roomId: string): Promise<RoomMeta | null>;
  /** Replaces the room's passphrase hash (null: no passphrase). Rejects for an unknown room. */
  setPassphraseHash(roomId: string, passphraseHash: string | null): Promise<void>;
  /**
   * Appends `event` as seq `expectedSeq + 1` if the log's last seq is `expectedSeq`
   * and its command id (if any) was never appended to this room. A known command id
   * gives `duplicate` whatever `expectedSeq` is (a retry usually carries a stale one).
   * `expectedSeq: null` appends at the end of the log, whatever its last seq: the caller
   * then learns from the log whether the event applied at the place it got.
   * Rejects if the room does not exist.
   */
  append(roomId: string, expectedSeq: number | null, event: PendingEvent): Promise<AppendResult>;
  /** Events with seq > afterSeq, in order, at most `limit`; none for an unknown room. */
  readEvents(roomId: string, afterSeq: number, limit?: number): Promise<RoomEvent[]>;
  /** Seq of the last durable event; 0 for an unknown room. */
  latestSeq(roomId: string): Promise<number>;
  /** The last snapshot saved wins. Rejects if the room does not exist. */
  saveSnapshot(roomId: string, snapshot: Snapshot): Promise<void>;
  loadSnapshot(roomId: string): Promise<Snapshot | null>;
  /** Participant tokens are stored as sha256 hex; returns the participant id. */
  saveParticipantToken(roomId: string, tokenHash: string, participantId: string): Promise<void>;
  findParticipantByToken(roomId: string, tokenHash: string): Promise<string | null>;
  /**
   * Forgets every token of `participantId` (someone who left the lobby or was turned away
   * holds no pass any more). Nothing to forget, or an unknown room: resolves all the same.
   */
  removeParticipantTokens(roomId: string, participantId: string): Promise<void>;
  /** Every event appended to the room from now on, from any node, in seq order per node. */
  subscribe(roomId: string, listener: StoreListener): () => void;
  /**
   * Keeps (or with `at: null` forgets) a room's deadline under `key`; setting it again
   * replaces its time. Survives restarts and is shared by every node.
   */
  setDeadline(roomId: string, key: string, at: number | null): Promise<void>;
  /** Deadlines due at or before `until`, earliest first, at most `limit`. */
  dueDeadlines(until: number, limit: number): Promise<Deadline[]>;
  /** Room ids known to the store (for start-up rebuild and metrics). */
  listRooms(): Promise<string[]>;
  /** Is the backing store reachable right now? */
  isReady(): Promise<boolean>;
  /** Flushes pending writes and releases resources. */
  close(): Promise<void>;
}
