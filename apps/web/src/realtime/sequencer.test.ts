import { describe, expect, it } from "vitest";
import { EventSequencer } from "./sequencer.ts";
import { roomLog } from "./testEvents.ts";

const log = roomLog();
const at = (seq: number) => {
  const event = log[seq - 1];
  if (!event) throw new Error(`no event ${seq}`);
  return event;
};
const seqs = (events: readonly { seq: number }[]) => events.map((event) => event.seq);

describe("EventSequencer", () => {
  it("hands out out-of-order events in seq order", () => {
    const sequencer = new EventSequencer();
    sequencer.add([at(3), at(1), at(2)]);
    const taken = sequencer.take(0);
    expect(seqs(taken.ready)).toEqual([1, 2, 3]);
    expect(taken.gapAfter).toBeNull();
    expect(sequencer.size).toBe(0);
  });

  it("reports a gap and keeps what waits behind it", () => {
    const sequencer = new EventSequencer();
    sequencer.add([at(1), at(2), at(5)]);
    const first = sequencer.take(0);
    expect(seqs(first.ready)).toEqual([1, 2]);
    expect(first.gapAfter).toBe(2);
    sequencer.add([at(3), at(4)]);
    const second = sequencer.take(2);
    expect(seqs(second.ready)).toEqual([3, 4, 5]);
    expect(second.gapAfter).toBeNull();
  });

  it("ignores duplicates and events the replica already has", () => {
    const sequencer = new EventSequencer();
    sequencer.add([at(2), at(2), at(3)]);
    sequencer.add([at(3)]);
    expect(sequencer.size).toBe(2);
    const taken = sequencer.take(2);
    expect(seqs(taken.ready)).toEqual([3]);
    expect(sequencer.size).toBe(0);
  });
});
