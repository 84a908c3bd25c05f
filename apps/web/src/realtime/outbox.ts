// Commands not yet acknowledged, persisted per room: a reload before the ack does not drop
// a vote, and a resend carries the same command id, so the server applies it once.
import type { CommandBody } from "@stackboard/core";
import { newCommandId } from "../lib/ids.ts";
import { isRecord, type KeyValueStore, readJson, writeJson } from "../lib/storage.ts";

export interface OutboxEntry {
  commandId: string;
  command: CommandBody;
  queuedAt: number;
}

const outboxKey = (roomId: string) => `stackboard:outbox:${roomId}`;

function isEntry(value: unknown): value is OutboxEntry {
  return (
    isRecord(value) &&
    typeof value.commandId === "string" &&
    typeof value.queuedAt === "number" &&
    isRecord(value.command) &&
    typeof value.command.type === "string"
  );
}

export class Outbox {
  readonly #store: KeyValueStore;
  readonly #key: string;
  #entries: OutboxEntry[];
  readonly #listeners = new Set<(entries: readonly OutboxEntry[]) => void>();

  constructor(store: KeyValueStore, roomId: string) {
    this.#store = store;
    this.#key = outboxKey(roomId);
    const saved = readJson(store, this.#key);
    this.#entries = Array.isArray(saved) ? saved.filter(isEntry) : [];
  }

  entries(): readonly OutboxEntry[] {
    return this.#entries;
  }

  add(command: CommandBody, commandId: string = newCommandId(), now = Date.now()): OutboxEntry {
    const entry: OutboxEntry = { commandId, command, queuedAt: now };
    this.#set([...this.#entries, entry]);
    return entry;
  }

  /** The command was acknowledged (applied, duplicate or refused): forget it. */
  settle(commandId: string): void {
    if (!this.#entries.some((entry) => entry.commandId === commandId)) return;
    this.#set(this.#entries.filter((entry) => entry.commandId !== commandId));
  }

  has(commandId: string): boolean {
    return this.#entries.some((entry) => entry.commandId === commandId);
  }

  subscribe(listener: (entries: readonly OutboxEntry[]) => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  #set(entries: OutboxEntry[]): void {
    this.#entries = entries;
    if (entries.length === 0) this.#store.removeItem(this.#key);
    else writeJson(this.#store, this.#key, entries);
    for (const listener of this.#listeners) listener(entries);
  }
}
