// Test helpers: a real room log made with core's own rules, so tests feed the reducer
// events it accepts.
import type { EventBody, RoomEvent } from "@stackboard/core";

export const ROOM_ID = "room_abcdefghijklmnopqrstuv";

export function roomLog(): RoomEvent[] {
  const bodies: EventBody[] = [
    {
      type: "room.created",
      roomId: ROOM_ID,
      title: "Checkout",
      templateId: null,
      criteria: [{ id: "perf", name: "Performance", weight: 0.5 }],
      decisions: [
        {
          id: "db",
          title: "Database",
          context: "",
          mode: "pick",
          options: [
            { id: "pg", label: "PostgreSQL", catalogId: "postgresql" },
            { id: "mongo", label: "MongoDB", catalogId: "mongodb" },
          ],
        },
      ],
    },
    {
      type: "participant.joined",
      participantId: "alice",
      name: "Alice",
      colour: "#5b5bd6",
      role: "facilitator",
    },
    {
      type: "participant.joined",
      participantId: "bob",
      name: "Bob",
      colour: "#e5484d",
      role: "voter",
    },
    { type: "decision.opened", decisionId: "db" },
    { type: "ballot.cast", decisionId: "db", ballot: { mode: "pick", optionId: "pg" } },
    { type: "ballot.cast", decisionId: "db", ballot: { mode: "pick", optionId: "mongo" } },
  ];
  const actors = [null, "alice", "bob", "alice", "alice", "bob"];
  return bodies.map((body, index) => ({
    seq: index + 1,
    at: 1_700_000_000_000 + index * 1000,
    actorId: actors[index] ?? null,
    commandId: index === 0 ? null : `cmd-${String(index).padStart(6, "0")}`,
    body,
  }));
}
