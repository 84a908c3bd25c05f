import { describe, expect, it } from "vitest";
import { agreementOf } from "../agreement.ts";
import { reduceAll } from "../reduce.ts";
import { emptyRoom } from "../room.ts";
import { sensitivityOf } from "../sensitivity.ts";
import { tallyDecision } from "../tally.ts";
import { buildRoom } from "./fixtures.ts";
import { RECORD_FORMAT, type RoomRecordJson, renderRoomJson } from "./json.ts";

const parse = (json: string): RoomRecordJson => JSON.parse(json) as RoomRecordJson;

describe("renderRoomJson", () => {
  it("exports the room, each decision's results and the log", () => {
    const { state, events } = buildRoom();
    const json = renderRoomJson(state, events);
    expect(json.endsWith("}\n")).toBe(true);
    expect(json).toContain('\n  "format": "stackboard.record/1",\n');
    expect(renderRoomJson(state, events)).toBe(json);

    const record = parse(json);
    expect(record).toMatchObject({
      format: RECORD_FORMAT,
      roomId: "room-payments",
      title: "Backend stack for Payments",
      exportedSeq: state.seq,
    });
    expect(record.events).toHaveLength(events.length);
    expect(record.decisions.map((decision) => [decision.id, decision.status])).toEqual([
      ["api", "decided"],
      ["language", "locked"],
      ["database", "decided"],
    ]);
    const [api, language, database] = record.decisions;
    expect(api?.outcome).toMatchObject({ optionId: "rest", optionLabel: "REST" });
    expect(language?.outcome).toBeNull();
    const decision = state.decisions[2];
    if (!decision) throw new Error("fixture has three decisions");
    expect(database).toMatchObject({
      mode: "score",
      sealed: true,
      ballotsCast: 3,
      tally: tallyDecision(decision, state.criteria),
      agreement: agreementOf(decision, state.criteria),
      sensitivity: sensitivityOf(decision, state.criteria),
    });
    expect(database?.sensitivity?.winnerId).toBe("postgres");
  });

  it("keeps sealed ballots sealed: redacted state and casts, no results", () => {
    const { state, events } = buildRoom({ databaseStage: "locked" });
    const record = parse(renderRoomJson(state, events));
    const database = record.decisions[2];
    expect(database).toMatchObject({ ballotsCast: 3, tally: null, agreement: null });
    expect(database?.sensitivity).toBeNull();
    expect(record.state.decisions[2]?.ballots.map((entry) => entry.ballot)).toEqual([
      null,
      null,
      null,
    ]);
    const casts = record.events.filter(
      (event) => "decisionId" in event.body && event.body.decisionId === "database",
    );
    expect(casts.map((event) => event.body.type)).toContain("ballot.sealed");
    expect(casts.map((event) => event.body.type)).not.toContain("ballot.cast");
    expect(JSON.stringify(record.events)).not.toContain('"scores"');
    // Open ballots are exported as cast.
    expect(record.events.filter((event) => event.body.type === "ballot.cast")).toHaveLength(7);
  });

  it.each(["locked", "decided"] as const)(
    "replaying the exported log gives the exported state (database %s)",
    (databaseStage) => {
      const { state, events } = buildRoom({ databaseStage });
      const record = parse(renderRoomJson(state, events));
      expect(reduceAll(emptyRoom(), record.events)).toEqual(record.state);
    },
  );
});
