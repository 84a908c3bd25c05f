import type { CommandBody } from "@stackboard/core";
import { LIMITS } from "@stackboard/core";
import { describe, expect, it } from "vitest";
import { CommandBodySchema, CommandEnvelopeSchema } from "./commands.ts";
import { COMMAND_ID, COMMAND_SAMPLES, ROOM_ID } from "./samples.ts";

const samples: CommandBody[] = Object.values(COMMAND_SAMPLES);
const refused = (input: unknown) => !CommandBodySchema.safeParse(input).success;

describe("CommandBodySchema", () => {
  it("has exactly one schema per command type", () => {
    const types = CommandBodySchema.options.map((option) => option.shape.type.value);
    expect(types.toSorted()).toEqual(Object.keys(COMMAND_SAMPLES).toSorted());
  });

  it.each(samples.map((sample) => [sample.type, sample]))("accepts a valid %s", (_, sample) => {
    expect(CommandBodySchema.parse(sample)).toEqual(sample);
  });

  it("accepts every ballot mode", () => {
    const cast = (ballot: unknown) => ({ type: "ballot.cast", decisionId: "db", ballot });
    expect(refused(cast({ mode: "pick", optionId: "pg" }))).toBe(false);
    expect(refused(cast({ mode: "dots", allocations: [] }))).toBe(false);
    const scores = [{ optionId: "pg", criterionId: "perf", score: 5 }];
    expect(refused(cast({ mode: "score", scores }))).toBe(false);
    expect(refused(cast({ mode: "ranked", ranking: ["pg", "mongo"] }))).toBe(false);
    expect(refused(cast({ mode: "abstain" }))).toBe(false);
    expect(refused(cast({ mode: "consent", stance: "object", reason: "" }))).toBe(false);
  });

  it("refuses an empty or oversized ranking, and an abstention with content", () => {
    const cast = (ballot: unknown) => ({ type: "ballot.cast", decisionId: "db", ballot });
    expect(refused(cast({ mode: "ranked", ranking: [] }))).toBe(true);
    const many = Array.from({ length: 31 }, (_, index) => `o${index}`);
    expect(refused(cast({ mode: "ranked", ranking: many }))).toBe(true);
    expect(refused(cast({ mode: "abstain", optionId: "pg" }))).toBe(true);
    expect(refused(cast({ mode: "consent", stance: "veto", reason: "" }))).toBe(true);
    expect(refused(cast({ mode: "consent", stance: "block", reason: "x".repeat(501) }))).toBe(true);
  });

  it("trims text and refuses blank required text", () => {
    const parsed = CommandBodySchema.parse({ type: "room.rename", title: "  Stack  " });
    expect(parsed).toEqual({ type: "room.rename", title: "Stack" });
    expect(refused({ type: "room.rename", title: "   " })).toBe(true);
  });

  it("refuses an unknown type, a missing type and extra keys", () => {
    expect(refused({ type: "room.delete" })).toBe(true);
    expect(refused({ title: "x" })).toBe(true);
    expect(refused({ ...COMMAND_SAMPLES["room.rename"], admin: true })).toBe(true);
    expect(refused({ ...COMMAND_SAMPLES["timer.stop"], decisionId: "db" })).toBe(true);
    const ballot = { mode: "pick", optionId: "pg", extra: 1 };
    expect(refused({ type: "ballot.cast", decisionId: "db", ballot })).toBe(true);
  });

  it.each(["__proto__", "constructor", "toString", "hasOwnProperty", "", "-x", "a b", "é"])(
    "refuses the id %j",
    (id) => {
      expect(refused({ type: "decision.remove", decisionId: id })).toBe(true);
    },
  );

  it("refuses an id of 65 characters", () => {
    expect(refused({ type: "decision.remove", decisionId: "a".repeat(64) })).toBe(false);
    expect(refused({ type: "decision.remove", decisionId: "a".repeat(65) })).toBe(true);
  });

  it("refuses too-long text and control characters", () => {
    const title = "t".repeat(LIMITS.titleLength);
    expect(refused({ type: "room.rename", title })).toBe(false);
    expect(refused({ type: "room.rename", title: `${title}t` })).toBe(true);
    expect(refused({ type: "room.rename", title: "a\u0000b" })).toBe(true);
    expect(refused({ type: "room.rename", title: "a\nb" })).toBe(true);
    const reply = { type: "annotation.reply", annotationId: "a1", replyId: "r1" };
    expect(refused({ ...reply, text: "line\nline" })).toBe(false);
    expect(refused({ ...reply, text: "bell\u0007" })).toBe(true);
    expect(refused({ ...reply, text: "x".repeat(LIMITS.textLength + 1) })).toBe(true);
  });

  it.each([0, 6, 2.5, -1, Number.NaN])("refuses the score %d", (score) => {
    const ballot = { mode: "score", scores: [{ optionId: "pg", criterionId: "perf", score }] };
    expect(refused({ type: "ballot.cast", decisionId: "db", ballot })).toBe(true);
  });

  it("refuses negative, fractional or too many dots", () => {
    const cast = (dots: number) => ({
      type: "ballot.cast",
      decisionId: "db",
      ballot: { mode: "dots", allocations: [{ optionId: "pg", dots }] },
    });
    expect(refused(cast(-1))).toBe(true);
    expect(refused(cast(1.5))).toBe(true);
    expect(refused(cast(LIMITS.dotsPerVoter + 1))).toBe(true);
    const split = [
      { optionId: "a", dots: LIMITS.dotsPerVoter },
      { optionId: "b", dots: 1 },
    ];
    const ballot = { mode: "dots", allocations: split };
    expect(refused({ type: "ballot.cast", decisionId: "db", ballot })).toBe(true);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -0.1, 1.5, "0.5"])(
    "refuses the weight %s",
    (weight) => {
      expect(refused({ type: "criterion.add", criterionId: "c", name: "Cost", weight })).toBe(true);
    },
  );

  it("accepts the weight bounds", () => {
    for (const weight of [0, 1]) {
      expect(refused({ type: "criterion.add", criterionId: "c", name: "Cost", weight })).toBe(
        false,
      );
    }
  });

  it("bounds timers and dot budgets", () => {
    const timer = (durationMs: number) => ({
      type: "timer.start",
      decisionId: "db",
      durationMs,
      autoLock: true,
    });
    expect(refused(timer(LIMITS.minTimerMs))).toBe(false);
    expect(refused(timer(LIMITS.minTimerMs - 1))).toBe(true);
    expect(refused(timer(LIMITS.maxTimerMs + 1))).toBe(true);
    expect(refused(timer(60_000.5))).toBe(true);
    const extend = (byMs: number) => ({ type: "timer.extend", byMs });
    expect(refused(extend(60_000))).toBe(false);
    expect(refused(extend(999))).toBe(true);
    expect(refused(extend(LIMITS.maxTimerMs + 1))).toBe(true);
    const configure = (dotsPerVoter: number) => ({
      ...COMMAND_SAMPLES["decision.configure"],
      dotsPerVoter,
    });
    expect(refused(configure(0))).toBe(true);
    expect(refused(configure(LIMITS.dotsPerVoter + 1))).toBe(true);
  });

  it("refuses an empty or oversized passphrase, and a signal nobody knows", () => {
    const passphrase = (value: unknown) => ({ type: "room.setPassphrase", passphrase: value });
    expect(refused(passphrase(null))).toBe(false);
    expect(refused(passphrase("  "))).toBe(true);
    expect(refused(passphrase("x".repeat(LIMITS.passphraseLength + 1)))).toBe(true);
    const signal = COMMAND_SAMPLES["participant.setSignal"];
    expect(refused({ ...signal, signal: "applause" })).toBe(true);
  });

  it("refuses an unknown role or mode", () => {
    const setRole = COMMAND_SAMPLES["participant.setRole"];
    expect(refused({ ...setRole, role: "admin" })).toBe(true);
    expect(refused({ ...COMMAND_SAMPLES["decision.configure"], mode: "approval" })).toBe(true);
  });

  it("refuses huge arrays", () => {
    const allocations = Array.from({ length: LIMITS.optionsPerDecision + 1 }, (_, index) => ({
      optionId: `o${index}`,
      dots: 0,
    }));
    const dots = { mode: "dots", allocations };
    expect(refused({ type: "ballot.cast", decisionId: "db", ballot: dots })).toBe(true);
    const cells = LIMITS.optionsPerDecision * LIMITS.criteria + 1;
    const scores = Array.from({ length: cells }, (_, index) => ({
      optionId: `o${index}`,
      criterionId: "c",
      score: 3,
    }));
    const score = { mode: "score", scores };
    expect(refused({ type: "ballot.cast", decisionId: "db", ballot: score })).toBe(true);
  });

  it("refuses values that are not plain objects", () => {
    for (const input of [null, undefined, "room.rename", 42, [], [COMMAND_SAMPLES["timer.stop"]]]) {
      expect(refused(input)).toBe(true);
    }
  });
});

describe("CommandEnvelopeSchema", () => {
  const envelope = {
    commandId: COMMAND_ID,
    roomId: ROOM_ID,
    command: COMMAND_SAMPLES["timer.stop"],
  };

  it("accepts a valid envelope", () => {
    expect(CommandEnvelopeSchema.parse(envelope)).toEqual(envelope);
  });

  it("refuses short command ids, short room ids and extra keys", () => {
    expect(CommandEnvelopeSchema.safeParse({ ...envelope, commandId: "c1" }).success).toBe(false);
    expect(CommandEnvelopeSchema.safeParse({ ...envelope, roomId: "room-1" }).success).toBe(false);
    expect(CommandEnvelopeSchema.safeParse({ ...envelope, actorId: "p1" }).success).toBe(false);
  });
});
