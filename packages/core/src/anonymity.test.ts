// Anonymity: one-way, and replicas accept others' ballots under ballot keys only where a
// decision is anonymous.
import { describe, expect, it } from "vitest";
import { anonymizeEvent, anonymizeState } from "./anonymity.ts";
import type { RoomEvent } from "./events.ts";
import { findDecision } from "./lookup.ts";
import { renderDecisionMarkdown } from "./record/markdown.ts";
import {
  FACILITATOR,
  openDecision,
  type RoomLog,
  startedRoom,
  VOTER_B,
} from "./test-support/room-log.ts";

const keyOf = (decisionId: string, participantId: string) => `anon-${decisionId}x${participantId}`;

function anonymousDecision(): RoomLog {
  const log = startedRoom();
  log.append(FACILITATOR, { type: "decision.added", decisionId: "d1", title: "DB", context: "" });
  log.append(FACILITATOR, {
    type: "decision.anonymitySet",
    decisionId: "d1",
    anonymity: "aliases",
  });
  return log;
}

describe("anonymity", () => {
  it("only ever goes up, and only before voting opens", () => {
    const log = anonymousDecision();
    const set = (anonymity: "off" | "aliases" | "full") =>
      log.append(FACILITATOR, { type: "decision.anonymitySet", decisionId: "d1", anonymity });
    set("off");
    expect(findDecision(log.state, "d1")?.anonymity).toBe("aliases");
    set("full");
    expect(findDecision(log.state, "d1")?.anonymity).toBe("full");
    set("aliases");
    expect(findDecision(log.state, "d1")?.anonymity).toBe("full");
  });

  it("keys others' ballots in events and states, never the viewer's own", () => {
    const log = anonymousDecision();
    log.append(FACILITATOR, {
      type: "option.added",
      decisionId: "d1",
      optionId: "a",
      label: "A",
      catalogId: null,
    });
    log.append(FACILITATOR, { type: "decision.opened", decisionId: "d1" });
    const cast: RoomEvent = {
      seq: log.state.seq + 1,
      at: 1,
      actorId: VOTER_B,
      commandId: null,
      body: { type: "ballot.cast", decisionId: "d1", ballot: { mode: "pick", optionId: "a" } },
    };
    log.append(VOTER_B, cast.body);
    expect(anonymizeEvent(log.state, cast, VOTER_B, keyOf)).toBe(cast);
    expect(anonymizeEvent(log.state, cast, FACILITATOR, keyOf).actorId).toBe(keyOf("d1", VOTER_B));
    const seen = anonymizeState(log.state, FACILITATOR, keyOf);
    expect(findDecision(seen, "d1")?.ballots.map((entry) => entry.participantId)).toEqual([
      keyOf("d1", VOTER_B),
    ]);
    expect(anonymizeState(log.state, VOTER_B, keyOf).decisions).toEqual(log.state.decisions);
  });

  it("lets a replica apply a keyed ballot only in an anonymous decision", () => {
    const keyed = (log: RoomLog) => {
      log.append("anon-someone", {
        type: "ballot.cast",
        decisionId: "d1",
        ballot: { mode: "pick", optionId: "a" },
      });
      return findDecision(log.state, "d1")?.ballots.length;
    };
    expect(keyed(openDecision(startedRoom(), "pick"))).toBe(0);
    const anonymous = startedRoom();
    anonymous.append(FACILITATOR, {
      type: "decision.added",
      decisionId: "d1",
      title: "x",
      context: "",
    });
    anonymous.append(FACILITATOR, {
      type: "decision.anonymitySet",
      decisionId: "d1",
      anonymity: "full",
    });
    anonymous.append(FACILITATOR, {
      type: "option.added",
      decisionId: "d1",
      optionId: "a",
      label: "A",
      catalogId: null,
    });
    anonymous.append(FACILITATOR, { type: "decision.opened", decisionId: "d1" });
    expect(keyed(anonymous)).toBe(1);
  });
});

describe("anonymity in the record", () => {
  it("names dissenters by alias, or only counts them when fully anonymous", () => {
    for (const anonymity of ["aliases", "full"] as const) {
      const log = startedRoom();
      log.append(FACILITATOR, {
        type: "decision.added",
        decisionId: "d1",
        title: "DB",
        context: "",
      });
      log.append(FACILITATOR, { type: "decision.anonymitySet", decisionId: "d1", anonymity });
      for (const optionId of ["a", "b"]) {
        log.append(FACILITATOR, {
          type: "option.added",
          decisionId: "d1",
          optionId,
          label: optionId.toUpperCase(),
          catalogId: null,
        });
      }
      log.append(FACILITATOR, { type: "decision.opened", decisionId: "d1" });
      const vote = (voter: string, optionId: string) =>
        log.append(voter, {
          type: "ballot.cast",
          decisionId: "d1",
          ballot: { mode: "pick", optionId },
        });
      vote(FACILITATOR, "a");
      vote("anon-xyzwKEYKEYKEYKEYKEYKEY", "a");
      vote("anon-qrstKEYKEYKEYKEYKEYKEY", "b");
      const markdown = renderDecisionMarkdown(log.state, "d1", { now: 0 });
      expect(markdown).toContain(
        anonymity === "aliases"
          ? "- Dissent: Voter QRST (favoured another option)."
          : "- Dissent: 1 anonymous voter (favoured another option).",
      );
      expect(markdown).not.toContain("anon-");
    }
  });
});
