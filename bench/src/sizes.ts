// Scenario sizes: the full run (fits a 2-core machine on loopback, no time limit) and the
// quick run (every scenario at reduced size, all of them in under 3 minutes).
import type { S7Sizes } from "./scenarios/s7-first-load.ts";
import type { StepTiming } from "./scenarios/steps.ts";

export interface Sizes {
  s1: { rooms: number; clientsPerRoom: number; rates: number[]; timing: StepTiming };
  s2: { rooms: number; clientsPerRoom: number; rates: number[]; timing: StepTiming };
  s3: { rooms: number; clientsPerRoom: number; rate: number; timing: StepTiming };
  s4: { levels: number[]; perRoom: number; settleMs: number };
  s5: {
    histories: number[];
    voters: number;
    voteRate: number;
    joins: number;
    joinIntervalMs: number;
    phaseMs: number;
  };
  s6: { clients: number; rounds: number; periodMs: number; spreadMs: number; dropMs: number };
  s7: S7Sizes;
}

export const FULL: Sizes = {
  s1: {
    rooms: 100,
    clientsPerRoom: 20,
    // Up to where the bare relay gives out too, so the max-rate ratio is not capped.
    rates: [250, 500, 1000, 1500, 2000, 2500, 3000, 4000, 5000, 6000, 7000, 8000],
    timing: { warmupMs: 3000, measureMs: 15_000, drainMs: 2000 },
  },
  s2: {
    rooms: 100,
    clientsPerRoom: 20,
    rates: [250, 500, 1000, 1500, 2000, 2500, 3000, 4000, 5000],
    timing: { warmupMs: 2000, measureMs: 8000, drainMs: 2000 },
  },
  s3: {
    rooms: 2000,
    clientsPerRoom: 4,
    rate: 2000,
    timing: { warmupMs: 2000, measureMs: 10_000, drainMs: 2000 },
  },
  s4: { levels: [5000, 10_000], perRoom: 10, settleMs: 3000 },
  s5: {
    histories: [1000, 10_000, 100_000],
    voters: 20,
    voteRate: 100,
    joins: 100,
    joinIntervalMs: 100,
    phaseMs: 10_000,
  },
  s6: { clients: 300, rounds: 30, periodMs: 3000, spreadMs: 200, dropMs: 2000 },
  s7: { loads: 5, starts: 5 },
};

export const QUICK: Sizes = {
  s1: {
    rooms: 25,
    clientsPerRoom: 20,
    rates: [250, 1000, 2000],
    timing: { warmupMs: 500, measureMs: 1200, drainMs: 400 },
  },
  s2: {
    rooms: 20,
    clientsPerRoom: 20,
    rates: [250, 1000],
    timing: { warmupMs: 500, measureMs: 1200, drainMs: 400 },
  },
  s3: {
    rooms: 100,
    clientsPerRoom: 4,
    rate: 500,
    timing: { warmupMs: 500, measureMs: 1500, drainMs: 400 },
  },
  s4: { levels: [1000, 2000], perRoom: 10, settleMs: 500 },
  s5: {
    histories: [1000, 10_000],
    voters: 20,
    voteRate: 100,
    joins: 10,
    joinIntervalMs: 100,
    phaseMs: 1000,
  },
  s6: { clients: 100, rounds: 3, periodMs: 1500, spreadMs: 200, dropMs: 2000 },
  s7: { loads: 2, starts: 2 },
};

/** The sizes with the command line's `--rates` and `--measure` applied. */
export function withOverrides(
  sizes: Sizes,
  options: { rates: number[] | null; measureSeconds: number | null },
): Sizes {
  const timing = (base: StepTiming): StepTiming =>
    options.measureSeconds === null ? base : { ...base, measureMs: options.measureSeconds * 1000 };
  const rates = (base: number[]) => options.rates ?? base;
  return {
    ...sizes,
    s1: { ...sizes.s1, rates: rates(sizes.s1.rates), timing: timing(sizes.s1.timing) },
    s2: { ...sizes.s2, rates: rates(sizes.s2.rates), timing: timing(sizes.s2.timing) },
    s3: { ...sizes.s3, timing: timing(sizes.s3.timing) },
  };
}
