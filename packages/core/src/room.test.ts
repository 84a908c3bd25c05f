// Stored states from older servers: what upgradeState fills in, and when a server must
// replay the log instead (the ids removed so far cannot be guessed from defaults).
import { describe, expect, it } from "vitest";
import { consentOf } from "./consent.ts";
import { isOutdatedState, upgradeState } from "./room.ts";
import { FACILITATOR, openDecision, startedRoom, VOTER_B } from "./test-support/room-log.ts";
import type { RoomState } from "./types.ts";

/** The state as a server of protocol 3 stored it: no proposals and no removed ids. */
function storedBeforeProposals(state: RoomState): RoomState {
  const { retiredIds, ...room } = state;
  return {
    ...room,
    decisions: state.decisions.map(({ proposal, retiredOptionIds, ...decision }) => decision),
  } as unknown as RoomState;
}

describe("a state stored before written proposals and retired ids", () => {
  it("is outdated, and upgrades to no proposal and no known removed ids", () => {
    const log = openDecision(startedRoom(), "consent");
    log.append(VOTER_B, {
      type: "ballot.cast",
      decisionId: "d1",
      ballot: { mode: "consent", stance: "object", reason: "Ops" },
    });
    const old = storedBeforeProposals(log.state);
    expect(isOutdatedState(old)).toBe(true);
    expect(isOutdatedState(log.state)).toBe(false);
    const upgraded = upgradeState(old);
    expect(upgraded).toEqual(log.state);
    expect(upgradeState(log.state)).toBe(log.state);
    // The consent decision reads as it did: on its first option, no text.
    const decision = upgraded.decisions[0];
    if (!decision) throw new Error("no decision");
    expect(consentOf(decision)).toMatchObject({ proposalId: "a", proposalText: "", object: 1 });
  });

  it("cannot know what was removed before it: that is why servers replay the log", () => {
    const log = openDecision(startedRoom(), "pick");
    log.append(FACILITATOR, { type: "decision.removed", decisionId: "d1" });
    expect(log.state.retiredIds.decisions).toEqual(["d1"]);
    expect(upgradeState(storedBeforeProposals(log.state)).retiredIds.decisions).toEqual([]);
  });
});

describe("a state stored before command ids were kept in chunks", () => {
  it("is outdated, and upgrades to the same ids, in chunks, each still refused as a repeat", () => {
    const log = startedRoom();
    for (let i = 0; i < 40; i += 1) {
      log.append(VOTER_B, { type: "participant.renamed", name: `B${i}` }, `cmd-${i}`);
    }
    const flat = { ...log.state, recentCommandIds: log.state.recentCommandIds.flat() };
    const old = flat as unknown as RoomState;
    expect(isOutdatedState(old)).toBe(true);
    expect(upgradeState(old)).toEqual(log.state);
  });
});
