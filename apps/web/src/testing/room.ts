// A replica for unit tests that ask core "may I?": the given decisions on the board (every
// field not given as a new decision has it) and me, "me", in `role`.
import { type Decision, emptyRoom, newDecision, type Role, type RoomState } from "@stackboard/core";

/** A new decision, as the log puts one on the board. */
const blank: Decision = newDecision("d1", "Decision", "");

export function roomWith(decisions: readonly Partial<Decision>[], role: Role): RoomState {
  return {
    ...emptyRoom(),
    roomId: "room",
    seq: 1,
    participants: [
      {
        id: "me",
        name: "Me",
        colour: "#336699",
        role,
        joinedAt: 0,
        ready: false,
        handRaisedAt: null,
        removed: false,
      },
    ],
    decisions: decisions.map((decision) => ({ ...blank, ...decision })),
  };
}
