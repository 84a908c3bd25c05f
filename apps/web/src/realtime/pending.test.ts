import { describe, expect, it } from "vitest";
import type { OutboxEntry } from "./outbox.ts";
import { PendingCommands } from "./pending.ts";

const entry = (commandId: string, queuedAt: number): OutboxEntry => ({
  commandId,
  queuedAt,
  command: { type: "ballot.retract", decisionId: "db" },
});

describe("PendingCommands", () => {
  it("keeps an acknowledged command pending until the replica applies its event", () => {
    const pending = new PendingCommands();
    expect(pending.accepted(entry("c-older0001", 1), 7, 5)).toBe(true);
    expect(pending.merge([entry("c-newer0002", 2)]).map((e) => e.commandId)).toEqual([
      "c-older0001",
      "c-newer0002",
    ]);
    expect(pending.applied(6)).toBe(false);
    expect(pending.applied(7)).toBe(true);
    expect(pending.merge([])).toEqual([]);
  });

  it("does not hold a command whose event was applied before the ack", () => {
    const pending = new PendingCommands();
    expect(pending.accepted(entry("c-applied01", 1), 7, 7)).toBe(false);
    expect(pending.merge([])).toEqual([]);
  });
});
