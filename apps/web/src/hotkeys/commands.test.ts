import type { Decision, Role } from "@stackboard/core";
import { describe, expect, it } from "vitest";
import { mayAsk } from "../store/useAllowed.ts";
import { roomWith } from "../testing/room.ts";
import { commandFor, type DecisionAction } from "./commands.ts";
import { neighbour } from "./selection.ts";

/** The key's command for someone of `role`, asked of core as the app does. */
const commandAs = (action: DecisionAction, decision: Partial<Decision>, role: Role) =>
  commandFor(action, { ...base, ...decision }, (command) =>
    mayAsk(roomWith([{ ...base, ...decision }], role), "me", command, 0),
  );

const base = {
  id: "db",
  mode: "pick" as const,
  status: "voting" as const,
  sealed: true,
  options: [
    { id: "pg", label: "PostgreSQL", catalogId: "postgresql", addedBy: null },
    { id: "mongo", label: "MongoDB", catalogId: "mongodb", addedBy: null },
  ],
};

describe("commandFor", () => {
  it("casts a pick for the n-th option while voting", () => {
    expect(commandAs({ type: "pick", index: 1 }, base, "voter")).toEqual({
      type: "ballot.cast",
      decisionId: "db",
      ballot: { mode: "pick", optionId: "mongo" },
    });
  });

  it("does not pick past the last option, outside pick mode, or for observers", () => {
    expect(commandAs({ type: "pick", index: 2 }, base, "voter")).toBeNull();
    expect(commandAs({ type: "pick", index: 0 }, { ...base, mode: "dots" }, "voter")).toBeNull();
    expect(
      commandAs({ type: "pick", index: 0 }, { ...base, status: "locked" }, "voter"),
    ).toBeNull();
    expect(commandAs({ type: "pick", index: 0 }, base, "observer")).toBeNull();
  });

  it("gives the facilitator the next step of the life cycle", () => {
    const draft = { ...base, status: "draft" as const };
    expect(commandAs({ type: "open" }, draft, "facilitator")?.type).toBe("decision.open");
    expect(commandAs({ type: "open" }, { ...draft, options: [] }, "facilitator")).toBeNull();
    expect(commandAs({ type: "lock" }, base, "facilitator")?.type).toBe("decision.lock");
    const locked = { ...base, status: "locked" as const };
    expect(commandAs({ type: "reveal" }, locked, "facilitator")?.type).toBe("decision.reveal");
    expect(commandAs({ type: "reveal" }, { ...locked, sealed: false }, "facilitator")).toBeNull();
    expect(commandAs({ type: "lock" }, draft, "facilitator")).toBeNull();
  });

  it("gives voters none of the facilitator's steps", () => {
    expect(commandAs({ type: "lock" }, base, "voter")).toBeNull();
    expect(commandAs({ type: "open" }, { ...base, status: "draft" }, "voter")).toBeNull();
  });
});

describe("neighbour", () => {
  const ids = ["a", "b", "c"];
  it("steps and stops at the ends", () => {
    expect(neighbour(ids, "a", 1)).toBe("b");
    expect(neighbour(ids, "c", 1)).toBe("c");
    expect(neighbour(ids, "a", -1)).toBe("a");
  });
  it("starts from an end when nothing is selected", () => {
    expect(neighbour(ids, null, 1)).toBe("a");
    expect(neighbour(ids, "gone", -1)).toBe("c");
    expect(neighbour([], null, 1)).toBeNull();
  });
});
