// Commands the UI still shows as "on their way": the outbox, plus commands the server
// acknowledged whose event this replica has not applied yet (an ack can overtake the
// broadcast, and the vote must not flicker back meanwhile).
import type { OutboxEntry } from "./outbox.ts";

export class PendingCommands {
  readonly #awaiting = new Map<string, { entry: OutboxEntry; seq: number }>();

  /** The server applied `entry` as `seq`; true when it must still be shown as pending. */
  accepted(entry: OutboxEntry, seq: number, appliedSeq: number): boolean {
    if (appliedSeq >= seq) return false;
    this.#awaiting.set(entry.commandId, { entry, seq });
    return true;
  }

  /** The replica reached `appliedSeq`; true when some acknowledged command settled. */
  applied(appliedSeq: number): boolean {
    let settled = false;
    for (const [commandId, { seq }] of this.#awaiting) {
      if (appliedSeq >= seq) {
        this.#awaiting.delete(commandId);
        settled = true;
      }
    }
    return settled;
  }

  /** Acknowledged-but-unseen commands and the outbox, oldest first. */
  merge(outbox: readonly OutboxEntry[]): OutboxEntry[] {
    const awaiting = [...this.#awaiting.values()].map(({ entry }) => entry);
    return [...awaiting, ...outbox].sort((a, b) => a.queuedAt - b.queuedAt);
  }
}
