import {
  type Annotation,
  type Decision,
  type DecisionStatus,
  emptyRoom,
  type RoomState,
} from "@stackboard/core";
import { describe, expect, it } from "vitest";
import type { UndoAction } from "../store/undoStore.ts";
import { planUndo, type UndoContext, undoableLater } from "./undo.ts";

function decision(id: string, status: DecisionStatus): Decision {
  return {
    id,
    title: id,
    context: "",
    mode: "pick",
    dotsPerVoter: 5,
    sealed: false,
    status,
    options: [{ id: "o1", label: "REST", catalogId: null, addedBy: null }],
    ballots: [],
    rounds: [],
    rules: { maxDotsPerOption: null, quorum: 0, threshold: 0 },
    anonymity: "off",
    proposal: null,
    retiredOptionIds: [],
    outcome: null,
    closesAt: null,
    closedAt: null,
    autoReveal: false,
    nudge: null,
  };
}

function note(id: string, authorId: string, decisionId = "d1"): Annotation {
  return {
    id,
    decisionId,
    optionId: "o1",
    kind: "pro",
    text: "fine",
    authorId,
    at: 1,
    replies: [],
    plusOnes: [],
  };
}

const me = "me";

function room(parts: Partial<RoomState>): RoomState {
  return {
    ...emptyRoom(),
    roomId: "room",
    participants: [
      {
        id: me,
        name: "Me",
        colour: "#336699",
        role: "voter",
        joinedAt: 1,
        ready: false,
        handRaisedAt: null,
        removed: false,
      },
    ],
    decisions: [decision("d1", "voting")],
    ...parts,
  };
}

const context = (state: RoomState, pending: UndoContext["pending"] = []): UndoContext => ({
  state,
  myId: me,
  at: 10,
  pending,
});

const vote: UndoAction = { kind: "ballot", decisionId: "d1", previous: null };
const added = (annotationId: string, decisionId = "d1"): UndoAction => ({
  kind: "annotation",
  decisionId,
  annotationId,
});

describe("what Undo takes back", () => {
  it("is my newest action, whichever kind it is", () => {
    const state = room({ annotations: [note("a1", me)] });
    expect(planUndo([vote, added("a1")], context(state)).action).toEqual(added("a1"));
    expect(planUndo([added("a1"), vote], context(state)).action).toEqual(vote);
  });

  it("skips and forgets a note that is already gone, falling back to the vote before it", () => {
    const gone = added("a1");
    const plan = planUndo([vote, gone], context(room({ annotations: [] })));
    expect(plan.action).toEqual(vote);
    expect(plan.stale).toEqual([gone]);
  });

  it("skips a note already being removed, e.g. with its bin button", () => {
    const state = room({ annotations: [note("a1", me)] });
    const pending = [{ command: { type: "annotation.remove" as const, annotationId: "a1" } }];
    expect(planUndo([vote, added("a1")], context(state, pending)).action).toEqual(vote);
  });

  it("takes back a note that is still on its way to the server", () => {
    const pending = [
      {
        command: {
          type: "annotation.add" as const,
          annotationId: "a1",
          decisionId: "d1",
          optionId: "o1",
          kind: "pro" as const,
          text: "fine",
        },
      },
    ];
    expect(planUndo([added("a1")], context(room({}), pending)).action).toEqual(added("a1"));
  });

  it("never removes someone else's note", () => {
    const state = room({ annotations: [note("a1", "someone-else")] });
    const plan = planUndo([added("a1")], context(state));
    expect(plan.action).toBeNull();
    expect(plan.stale).toHaveLength(1);
  });

  it("leaves notes and votes on a locked decision alone, but remembers them for a reopen", () => {
    const locked = room({
      decisions: [decision("d1", "locked")],
      annotations: [note("a1", me)],
    });
    const plan = planUndo([vote, added("a1")], context(locked));
    expect(plan.action).toBeNull();
    expect(plan.stale).toEqual([]);
  });

  it("takes back notes on a draft decision, but not votes", () => {
    const draft = room({ decisions: [decision("d1", "draft")], annotations: [note("a1", me)] });
    expect(planUndo([added("a1"), vote], context(draft)).action).toEqual(added("a1"));
  });

  it("keeps to one decision when asked, passing over newer actions elsewhere", () => {
    const state = room({
      decisions: [decision("d1", "voting"), decision("d2", "voting")],
      annotations: [note("a1", me), note("a2", me, "d2")],
    });
    const actions = [added("a1"), added("a2", "d2")];
    expect(planUndo(actions, context(state), "d1").action).toEqual(added("a1"));
    expect(planUndo(actions, context(state)).action).toEqual(added("a2", "d2"));
  });

  it("forgets actions on a decision that no longer exists", () => {
    const plan = planUndo([{ ...vote, decisionId: "gone" }], context(room({})));
    expect(plan.action).toBeNull();
    expect(plan.stale).toHaveLength(1);
  });

  it("takes nothing back from an observer, who can no longer vote", () => {
    const state = room({});
    const watching = {
      ...state,
      participants: state.participants.map((person) => ({ ...person, role: "observer" as const })),
    };
    const plan = planUndo([vote], context(watching));
    expect(plan.action).toBeNull();
    expect(plan.stale).toEqual([vote]);
  });
});

describe("a restored history", () => {
  it("keeps what may be undone now or after a reopen, and drops what never can", () => {
    const state = room({
      decisions: [decision("d1", "voting"), decision("d2", "locked")],
      annotations: [note("a1", me), note("a3", "someone-else")],
    });
    const onLocked: UndoAction = { kind: "ballot", decisionId: "d2", previous: null };
    const actions = [
      vote,
      added("a1"),
      added("a2"),
      added("a3"),
      onLocked,
      { ...vote, decisionId: "gone" },
    ];
    expect(undoableLater(actions, context(state))).toEqual([vote, added("a1"), onLocked]);
  });
});
