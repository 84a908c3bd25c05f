// A replica for unit tests that ask core "may I?": the given decisions on the board (every
// field not given as a new decision has it) and me, "me", in `role`.
import {
  DEFAULT_RULES,
  type Decision,
  emptyRoom,
  type Role,
  type RoomState,
} from "@stackboard/core";

const blank: Decision = {
  id: "d1",
  title: "Decision",
  context: "",
  mode: "pick",
  dotsPerVoter: 5,
  sealed: false,
  status: "draft",
  options: [],
  ballots: [],
  rounds: [],
  rules: DEFAULT_RULES,
  anonymity: "off",
  proposal: null,
  retiredOptionIds: [],
  outcome: null,
  closesAt: null,
  closedAt: null,
};

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
