// Auto-reveal over generated meetings (joins, removals, role changes, votes changed and
// retracted, locks and reopens, rounds, nudges): it starts only once every eligible voter
// has voted, the server's reaction (lock, then reveal) applies once however many nodes
// send it, and until that reveal nobody sees another voter's sealed ballot.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decide } from "./decide.ts";
import type { EventBody, RoomEvent } from "./events.ts";
import { findDecision } from "./lookup.ts";
import { redactState } from "./redact.ts";
import { reduce } from "./reduce.ts";
import { emptyRoom } from "./room.ts";
import { roomLogArb } from "./test-support/arbitraries.ts";
import { autoRevealsStarted, eligibleVoters } from "./turnout.ts";
import type { Ballot, RoomState } from "./types.ts";

type Step = Pick<RoomEvent, "actorId" | "commandId" | "body">;

/** Nobody but the voter sees a ballot of a sealed decision before its reveal. */
function expectSealed(state: RoomState): void {
  const seen = redactState(state, "p2");
  for (const decision of seen.decisions) {
    if (!decision.sealed || (decision.status !== "voting" && decision.status !== "locked")) {
      continue;
    }
    for (const entry of decision.ballots) {
      if (entry.participantId !== "p2") expect(entry.ballot).toBeNull();
    }
  }
}

/**
 * Plays `steps` as the log would, with the server's reaction to each start right after it
 * (every node sends the same lock and reveal, so each is sent twice). Returns the starts.
 */
function playWithServer(steps: readonly Step[]): number {
  let state = emptyRoom();
  const append = (actorId: string | null, commandId: string | null, body: EventBody) => {
    const event: RoomEvent = {
      seq: state.seq + 1,
      at: 1000 * (state.seq + 1),
      actorId,
      commandId,
      body,
    };
    const before = state;
    state = reduce(state, event);
    expectSealed(state);
    return { before, event };
  };
  let starts = 0;
  for (const { actorId, commandId, body } of steps) {
    const { before, event } = append(actorId, commandId, body);
    autoRevealsStarted(before, event, state).forEach((decisionId, index) => {
      starts += 1;
      const decision = findDecision(state, decisionId);
      expect(decision).toMatchObject({ sealed: true, autoReveal: true, status: "voting" });
      const voters = new Set(decision?.ballots.map((entry) => entry.participantId));
      const eligible = eligibleVoters(state);
      expect(eligible.length).toBeGreaterThan(0);
      for (const participant of eligible) expect(voters.has(participant.id)).toBe(true);

      const lockId = `all-voted-${event.seq}-${index}`;
      for (let node = 0; node < 2; node += 1) {
        append(null, lockId, { type: "decision.allVoted", decisionId });
      }
      expect(findDecision(state, decisionId)?.status).toBe("locked");
      const reveal = decide(state, null, null, { type: "decision.reveal", decisionId }, 0);
      if (!reveal.ok) throw new Error(reveal.rejection.message);
      const revealId = `auto-reveal-${state.seq}`;
      for (let node = 0; node < 2; node += 1) append(null, revealId, reveal.body);
      const revealed = findDecision(state, decisionId);
      expect(revealed?.status).toBe("revealed");
      // Exactly the ballots that completed the vote, no more and no fewer.
      expect(revealed?.ballots.map((entry) => entry.participantId)).toEqual(
        decision?.ballots.map((entry) => entry.participantId),
      );
    });
  }
  return starts;
}

const PEOPLE = ["p1", "p2", "p3", "p4", "p5"] as const;
const person = fc.constantFrom(...PEOPLE);
const others = fc.constantFrom("p2", "p3", "p4", "p5");
const ballot: fc.Arbitrary<Ballot> = fc.oneof(
  fc.constantFrom("o1", "o2").map((optionId) => ({ mode: "pick" as const, optionId })),
  fc.constant({ mode: "abstain" as const }),
);
const byFacilitator = (body: fc.Arbitrary<EventBody>) =>
  body.map((b): Step => ({ actorId: "p1", commandId: null, body: b }));

/** One sealed pick decision with auto-reveal, open, and what a meeting does to it. */
const meetingArb: fc.Arbitrary<Step[]> = fc
  .array(
    fc.oneof(
      {
        weight: 10,
        arbitrary: fc.record({
          actorId: person,
          commandId: fc.constant(null),
          body: ballot.map(
            (b): EventBody => ({ type: "ballot.cast", decisionId: "d1", ballot: b }),
          ),
        }),
      },
      {
        weight: 2,
        arbitrary: person.map(
          (actorId): Step => ({
            actorId,
            commandId: null,
            body: { type: "ballot.retracted", decisionId: "d1" },
          }),
        ),
      },
      {
        weight: 2,
        arbitrary: fc
          .record({
            id: fc.constantFrom("p5", "p6"),
            role: fc.constantFrom("voter", "observer") as fc.Arbitrary<"voter" | "observer">,
          })
          .map(
            ({ id, role }): Step => ({
              actorId: null,
              commandId: null,
              body: {
                type: "participant.joined",
                participantId: id,
                name: id,
                colour: "#123",
                role,
              },
            }),
          ),
      },
      {
        weight: 2,
        arbitrary: byFacilitator(
          fc
            .record({
              participantId: others,
              role: fc.constantFrom("voter" as const, "observer" as const),
            })
            .map(({ participantId, role }) => ({
              type: "participant.roleSet" as const,
              participantId,
              role,
            })),
        ),
      },
      {
        weight: 1,
        arbitrary: byFacilitator(
          others.map((participantId) => ({ type: "participant.removed" as const, participantId })),
        ),
      },
      {
        weight: 2,
        arbitrary: byFacilitator(
          fc.constantFrom(
            { type: "decision.locked" as const, decisionId: "d1" },
            { type: "decision.reopened" as const, decisionId: "d1" },
            { type: "decision.roundStarted" as const, decisionId: "d1" },
            { type: "decision.nudged" as const, decisionId: "d1" },
          ),
        ),
      },
    ),
    { minLength: 8, maxLength: 40 },
  )
  .map((tail): Step[] => {
    const server = (body: EventBody): Step => ({ actorId: null, commandId: null, body });
    const facilitator = (body: EventBody): Step => ({ actorId: "p1", commandId: null, body });
    const join = (participantId: string, role: "facilitator" | "voter" | "observer") =>
      server({
        type: "participant.joined",
        participantId,
        name: participantId,
        colour: "#000",
        role,
      });
    return [
      server({
        type: "room.created",
        roomId: "room",
        title: "Room",
        templateId: null,
        criteria: [],
        decisions: [],
      }),
      join("p1", "facilitator"),
      join("p2", "voter"),
      join("p3", "voter"),
      join("p4", "observer"),
      facilitator({ type: "decision.added", decisionId: "d1", title: "DB", context: "" }),
      facilitator({
        type: "decision.configured",
        decisionId: "d1",
        mode: "pick",
        dotsPerVoter: 5,
        sealed: true,
      }),
      facilitator({
        type: "option.added",
        decisionId: "d1",
        optionId: "o1",
        label: "A",
        catalogId: null,
      }),
      facilitator({
        type: "option.added",
        decisionId: "d1",
        optionId: "o2",
        label: "B",
        catalogId: null,
      }),
      facilitator({ type: "decision.autoRevealSet", decisionId: "d1", autoReveal: true }),
      facilitator({ type: "decision.opened", decisionId: "d1" }),
      ...tail,
    ];
  });

describe("auto-reveal, for any meeting", () => {
  it("starts after the last eligible vote only, and reveals once per start", () => {
    let startsInAllRuns = 0;
    fc.assert(
      fc.property(meetingArb, (steps) => {
        startsInAllRuns += playWithServer(steps);
      }),
      { numRuns: 400 },
    );
    // The generated meetings do complete their votes: the property is not vacuous.
    expect(startsInAllRuns).toBeGreaterThan(50);
  });

  it("holds on arbitrary logs too (stray server events, other decisions, any actor)", () => {
    fc.assert(
      fc.property(roomLogArb, (events) => {
        playWithServer(events);
      }),
      { numRuns: 200 },
    );
  });
});
