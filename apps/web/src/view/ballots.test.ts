import { ballotsHidden, type Decision } from "@stackboard/core";
import { describe, expect, it } from "vitest";
import {
  dotsUsed,
  effectiveBallot,
  rankingOf,
  scoreOf,
  withDots,
  withRanking,
  withRankMoved,
  withScore,
} from "./ballots.ts";

const decision: Decision = {
  id: "lang",
  title: "Language",
  context: "",
  mode: "dots",
  dotsPerVoter: 3,
  sealed: false,
  status: "voting",
  options: [
    { id: "go", label: "Go", catalogId: "go", addedBy: null },
    { id: "node", label: "Node.js", catalogId: "nodejs", addedBy: null },
  ],
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

describe("dots ballots", () => {
  it("adds and removes dots within the budget", () => {
    const one = withDots(null, decision, "go", 1);
    const two = withDots(one, decision, "node", 1);
    const three = withDots(two, decision, "go", 1);
    expect(dotsUsed(three)).toBe(3);
    expect(withDots(three, decision, "node", 1)).toBeNull();
    const back = withDots(three, decision, "go", -2);
    expect(back).toEqual({ mode: "dots", allocations: [{ optionId: "node", dots: 1 }] });
    expect(withDots(back, decision, "go", -1)).toBeNull();
  });
});

describe("score ballots", () => {
  it("sets, replaces and clears one cell", () => {
    const scoring = { ...decision, mode: "score" as const };
    const first = withScore(null, scoring, ["perf"], "go", "perf", 4);
    const second = withScore(first, scoring, ["perf"], "go", "perf", 9);
    expect(scoreOf(second, "go", "perf")).toBe(5);
    expect(
      scoreOf(withScore(second, scoring, ["perf"], "go", "perf", null), "go", "perf"),
    ).toBeNull();
  });
});

describe("effective ballot", () => {
  it("prefers the latest unacknowledged command for the decision", () => {
    const own = { mode: "pick" as const, optionId: "go" };
    const pending = [
      {
        command: {
          type: "ballot.cast" as const,
          decisionId: "lang",
          ballot: { mode: "pick" as const, optionId: "node" },
        },
      },
      { command: { type: "decision.lock" as const, decisionId: "other" } },
    ];
    expect(effectiveBallot("lang", own, pending)).toEqual({
      ballot: { mode: "pick", optionId: "node" },
      pending: true,
    });
    expect(effectiveBallot("lang", own, [])).toEqual({ ballot: own, pending: false });
    expect(
      effectiveBallot("lang", own, [{ command: { type: "ballot.retract", decisionId: "lang" } }]),
    ).toEqual({
      ballot: null,
      pending: true,
    });
  });

  it("hides sealed ballots until the reveal", () => {
    expect(ballotsHidden({ ...decision, sealed: true })).toBe(true);
    expect(ballotsHidden({ ...decision, sealed: true, status: "revealed" })).toBe(false);
    expect(ballotsHidden(decision)).toBe(false);
  });
});

describe("ranked ballots", () => {
  const ranked: Decision = {
    ...decision,
    mode: "ranked",
    options: [...decision.options, { id: "py", label: "Python", catalogId: null, addedBy: null }],
  };

  it("appends, moves and removes options, never leaving an empty ranking", () => {
    const one = withRanking(null, ranked, "node", "add");
    expect(one).toEqual({ mode: "ranked", ranking: ["node"] });
    const two = withRanking(one, ranked, "go", "add");
    expect(two).toEqual({ mode: "ranked", ranking: ["node", "go"] });
    expect(withRanking(two, ranked, "go", "add")).toBeNull();
    expect(withRanking(two, ranked, "go", "up")).toEqual({
      mode: "ranked",
      ranking: ["go", "node"],
    });
    expect(withRanking(two, ranked, "node", "up")).toBeNull();
    expect(withRanking(two, ranked, "go", "down")).toBeNull();
    expect(withRanking(two, ranked, "node", "remove")).toEqual({ mode: "ranked", ranking: ["go"] });
    expect(withRanking(one, ranked, "node", "remove")).toBeNull();
    expect(withRanking(two, ranked, "nope", "add")).toBeNull();
  });

  it("moves an option to any place, as a drag and drop does", () => {
    const three = { mode: "ranked" as const, ranking: ["go", "node", "py"] };
    expect(withRankMoved(three, ranked, "py", 0)).toEqual({
      mode: "ranked",
      ranking: ["py", "go", "node"],
    });
    expect(withRankMoved(three, ranked, "go", 2)).toEqual({
      mode: "ranked",
      ranking: ["node", "py", "go"],
    });
    expect(withRankMoved(three, ranked, "node", 2)).toEqual({
      mode: "ranked",
      ranking: ["go", "py", "node"],
    });
    // Nothing to send: already there, off the end, or not ranked at all.
    expect(withRankMoved(three, ranked, "node", 1)).toBeNull();
    expect(withRankMoved(three, ranked, "node", 3)).toBeNull();
    expect(withRankMoved(three, ranked, "node", -1)).toBeNull();
    expect(withRankMoved({ mode: "ranked", ranking: ["go"] }, ranked, "py", 0)).toBeNull();
  });

  it("drops options that left the decision", () => {
    expect(rankingOf({ mode: "ranked", ranking: ["gone", "py"] }, ranked)).toEqual(["py"]);
    expect(rankingOf({ mode: "abstain" }, ranked)).toEqual([]);
  });
});
