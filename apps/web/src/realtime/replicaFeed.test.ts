import {
  emptyRoom,
  type RoomEvent,
  type RoomState,
  reduceAll,
  tallyDecision,
} from "@stackboard/core";
import { describe, expect, it } from "vitest";
import { ReplicaFeed } from "./replicaFeed.ts";
import { roomLog } from "./testEvents.ts";

const log = roomLog();
const slice = (from: number, to: number) =>
  log.filter((event) => event.seq >= from && event.seq <= to);

function harness() {
  let state: RoomState = emptyRoom();
  const applied: number[] = [];
  const syncs: number[] = [];
  const feed = new ReplicaFeed(
    {
      seq: () => state.seq,
      apply: (events: readonly RoomEvent[]) => {
        applied.push(...events.map((event) => event.seq));
        state = reduceAll(state, events);
      },
      replace: (next) => {
        state = next;
      },
    },
    (afterSeq) => syncs.push(afterSeq),
  );
  return { feed, applied, syncs, state: () => state };
}

describe("ReplicaFeed", () => {
  it("buffers broadcasts that arrive before the join ack", () => {
    const { feed, applied } = harness();
    feed.onEvent(log[4] as RoomEvent);
    feed.onEvent(log[5] as RoomEvent);
    expect(applied).toEqual([]);
    feed.onCatchUp({ kind: "events", events: slice(1, 4) });
    expect(applied).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("applies out-of-order events in order and each once", () => {
    const { feed, applied, state } = harness();
    feed.onCatchUp({ kind: "events", events: slice(1, 3) });
    feed.onEvent(log[5] as RoomEvent);
    feed.onEvent(log[3] as RoomEvent);
    feed.onEvent(log[4] as RoomEvent);
    feed.onEvent(log[4] as RoomEvent);
    expect(applied).toEqual([1, 2, 3, 4, 5, 6]);
    const decision = state().decisions[0];
    if (!decision) throw new Error("no decision");
    expect(tallyDecision(decision, state().criteria).counted).toBe(2);
  });

  it("asks for the missing range once when there is a gap, then fills it", () => {
    const { feed, applied, syncs } = harness();
    feed.onCatchUp({ kind: "events", events: slice(1, 2) });
    feed.onEvent(log[4] as RoomEvent);
    feed.onEvent(log[5] as RoomEvent);
    expect(applied).toEqual([1, 2]);
    expect(syncs).toEqual([2]);
    expect(feed.syncing).toBe(true);
    feed.onCatchUp({ kind: "events", events: slice(3, 4) });
    expect(applied).toEqual([1, 2, 3, 4, 5, 6]);
    expect(syncs).toEqual([2]);
    expect(feed.syncing).toBe(false);
  });

  it("asks again after a failed sync", () => {
    const { feed, syncs } = harness();
    feed.onCatchUp({ kind: "events", events: slice(1, 2) });
    feed.onEvent(log[5] as RoomEvent);
    feed.onSyncFailed();
    feed.retry();
    expect(syncs).toEqual([2, 2]);
  });

  it("starts from a snapshot and applies the events after it", () => {
    const { feed, state, applied } = harness();
    const snapshot = reduceAll(emptyRoom(), slice(1, 4));
    feed.onCatchUp({ kind: "snapshot", seq: 4, state: snapshot, events: slice(5, 6) });
    expect(state().seq).toBe(6);
    expect(applied).toEqual([5, 6]);
  });

  it("holds events while paused (reconnecting) and resumes on the next catch-up", () => {
    const { feed, applied } = harness();
    feed.onCatchUp({ kind: "events", events: slice(1, 3) });
    feed.pause();
    feed.onEvent(log[4] as RoomEvent);
    expect(applied).toEqual([1, 2, 3]);
    feed.onCatchUp({ kind: "events", events: slice(4, 6) });
    expect(applied).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
