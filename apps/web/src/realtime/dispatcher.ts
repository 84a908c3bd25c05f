// Sends the outbox over the socket: in order, each command once at a time, again with the
// same id after a reconnect or an ack timeout, and forgets it once the server answered.

import type { CommandEnvelope, CommandResult, ErrorCode, WireError } from "@stackboard/contracts";
import type { CommandBody } from "@stackboard/core";
import type { Outbox, OutboxEntry } from "./outbox.ts";

export interface CommandTransport {
  /** Emits with an ack; `error` set when the ack timed out or the socket dropped. */
  emit(
    envelope: CommandEnvelope,
    done: (error: Error | null, result?: CommandResult) => void,
  ): void;
}

export interface DispatcherHooks {
  /** The server refused the command for good (e.g. VOTING_LOCKED, FORBIDDEN). */
  onRejected(entry: OutboxEntry, error: WireError): void;
  /** The server applied the command (or had applied it before). */
  onAccepted?(entry: OutboxEntry, seq: number): void;
  /** Schedules a retry; returns a cancel function. */
  schedule?(retry: () => void, delayMs: number): () => void;
}

/** Answers that mean "try again later", not "no". */
const TRANSIENT: ReadonlySet<ErrorCode> = new Set([
  "NOT_JOINED",
  "RATE_LIMITED",
  "STORE_UNAVAILABLE",
  "CONFLICT",
]);

export const RETRY_DELAY_MS = 1500;

export class CommandDispatcher {
  readonly #outbox: Outbox;
  readonly #roomId: string;
  readonly #transport: CommandTransport;
  readonly #hooks: DispatcherHooks;
  readonly #inFlight = new Set<string>();
  #online = false;
  /** Bumped on every connection change, so a late ack from an old connection is ignored. */
  #epoch = 0;
  #cancelRetry: (() => void) | null = null;

  constructor(outbox: Outbox, roomId: string, transport: CommandTransport, hooks: DispatcherHooks) {
    this.#outbox = outbox;
    this.#roomId = roomId;
    this.#transport = transport;
    this.#hooks = hooks;
  }

  get online(): boolean {
    return this.#online;
  }

  /** Online means joined: commands before the join ack would be refused. */
  setOnline(online: boolean): void {
    this.#online = online;
    this.#epoch += 1;
    this.#inFlight.clear();
    this.#cancelRetry?.();
    this.#cancelRetry = null;
    if (online) this.flush();
  }

  /** Queues a command (persisted at once) and sends it when joined. */
  submit(command: CommandBody, commandId?: string): OutboxEntry {
    const entry = this.#outbox.add(command, commandId);
    if (this.#online) this.#send(entry);
    return entry;
  }

  /** Sends every queued command that is not already waiting for its ack. */
  flush(): void {
    if (!this.#online) return;
    for (const entry of this.#outbox.entries()) {
      if (!this.#inFlight.has(entry.commandId)) this.#send(entry);
    }
  }

  dispose(): void {
    this.setOnline(false);
  }

  #send(entry: OutboxEntry): void {
    const epoch = this.#epoch;
    this.#inFlight.add(entry.commandId);
    const envelope: CommandEnvelope = {
      commandId: entry.commandId,
      roomId: this.#roomId,
      command: entry.command,
    };
    this.#transport.emit(envelope, (error, result) => {
      if (epoch !== this.#epoch) return;
      this.#inFlight.delete(entry.commandId);
      if (error !== null || result === undefined) {
        this.#retryLater();
        return;
      }
      if (result.ok) {
        this.#outbox.settle(entry.commandId);
        this.#hooks.onAccepted?.(entry, result.seq);
        return;
      }
      if (result.error.code === "DUPLICATE_COMMAND") {
        this.#outbox.settle(entry.commandId);
        return;
      }
      if (TRANSIENT.has(result.error.code)) {
        this.#retryLater();
        return;
      }
      this.#outbox.settle(entry.commandId);
      this.#hooks.onRejected(entry, result.error);
    });
  }

  #retryLater(): void {
    if (this.#cancelRetry !== null || !this.#online) return;
    const schedule =
      this.#hooks.schedule ??
      ((retry: () => void, delayMs: number) => {
        const handle = setTimeout(retry, delayMs);
        return () => clearTimeout(handle);
      });
    this.#cancelRetry = schedule(() => {
      this.#cancelRetry = null;
      this.flush();
    }, RETRY_DELAY_MS);
  }
}
