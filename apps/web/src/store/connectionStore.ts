// How this tab is connected: status, who we are, the clock offset, the unsent outbox and
// the room's presence roster. Fed by the realtime portal only.

import type { PresenceStatus, WireError } from "@stackboard/contracts";
import type { Role } from "@stackboard/core";
import { create, type StateCreator } from "zustand";
import type { OutboxEntry } from "../realtime/outbox.ts";

export type ConnectionStatus =
  | "idle"
  | "connecting"
  | "live"
  | "reconnecting"
  | "offline"
  | "failed";

/** What went wrong with the last passphrase: not it, or too many wrong ones lately. */
export type PassphraseProblem = "wrong" | "tooMany" | null;

/**
 * Why this tab is at the room's door instead of in it: the room wants a passphrase
 * (`checking` while one is on its way), this tab knocked and waits for a facilitator, or a
 * facilitator turned it away.
 */
export type EntryGate =
  | { kind: "passphrase"; problem: PassphraseProblem; checking: boolean }
  | { kind: "lobby" }
  | { kind: "denied" };

export interface ConnectionSlice {
  status: ConnectionStatus;
  roomId: string | null;
  participantId: string | null;
  /** The role the join ack granted; the room state may change it later. */
  role: Role | null;
  /** Add to Date.now() for server time. */
  clockOffset: number;
  /** Why joining failed for good (room not found, version mismatch, ...). */
  failure: WireError | null;
  /** Set while the room has not let this tab in yet; null once joined. */
  gate: EntryGate | null;
  /** True after the person walked away from the door (Cancel): show the join form again. */
  left: boolean;
  setStatus: (status: ConnectionStatus) => void;
  joined: (joined: { participantId: string; role: Role; clockOffset: number }) => void;
  fail: (failure: WireError) => void;
  enter: (roomId: string) => void;
  setGate: (gate: EntryGate | null) => void;
  leave: () => void;
}

export interface OutboxSlice {
  /** Commands sent (or waiting to be sent) but not yet acknowledged. */
  outbox: readonly OutboxEntry[];
  setOutbox: (outbox: readonly OutboxEntry[]) => void;
}

export interface PresenceSlice {
  presence: Readonly<Record<string, PresenceStatus>>;
  /**
   * True from the moment a live connection is lost until a roster arrives again: until then
   * `presence` says who was here, not who is.
   */
  presenceStale: boolean;
  setPresence: (roster: readonly { participantId: string; status: PresenceStatus }[]) => void;
}

export type ConnectionStore = ConnectionSlice & OutboxSlice & PresenceSlice;

const createConnectionSlice: StateCreator<ConnectionStore, [], [], ConnectionSlice> = (set) => ({
  status: "idle",
  roomId: null,
  participantId: null,
  role: null,
  clockOffset: 0,
  failure: null,
  gate: null,
  left: false,
  setStatus: (status) =>
    set((current) => ({
      status,
      presenceStale: current.presenceStale || (current.status === "live" && status !== "live"),
    })),
  joined: ({ participantId, role, clockOffset }) =>
    set({ status: "live", participantId, role, clockOffset, failure: null, gate: null }),
  fail: (failure) => set({ status: "failed", failure }),
  enter: (roomId) =>
    set({
      status: "connecting",
      roomId,
      participantId: null,
      role: null,
      failure: null,
      gate: null,
      left: false,
      outbox: [],
      presence: {},
      presenceStale: false,
    }),
  setGate: (gate) => set({ gate }),
  leave: () =>
    set({
      status: "idle",
      roomId: null,
      participantId: null,
      role: null,
      failure: null,
      gate: null,
      left: true,
      outbox: [],
      presence: {},
      presenceStale: false,
    }),
});

const createOutboxSlice: StateCreator<ConnectionStore, [], [], OutboxSlice> = (set) => ({
  outbox: [],
  setOutbox: (outbox) => set({ outbox }),
});

const createPresenceSlice: StateCreator<ConnectionStore, [], [], PresenceSlice> = (set) => ({
  presence: {},
  presenceStale: false,
  setPresence: (roster) =>
    set({
      presence: Object.fromEntries(roster.map((entry) => [entry.participantId, entry.status])),
      presenceStale: false,
    }),
});

export const useConnectionStore = create<ConnectionStore>()((...args) => ({
  ...createConnectionSlice(...args),
  ...createOutboxSlice(...args),
  ...createPresenceSlice(...args),
}));
