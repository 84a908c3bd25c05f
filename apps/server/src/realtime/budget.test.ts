import { describe, expect, it } from "vitest";
import { FLOOD_CUTOFF, socketBudget } from "./budget.ts";
import { type CommandBudget, MemoryBudget } from "./command-budget.ts";

const answerOf = (pay: () => Promise<void> | undefined): Promise<string> => {
  try {
    return Promise.resolve(pay()).then(
      () => "ok",
      (error: { code?: string }) => error.code ?? "?",
    );
  } catch (error) {
    return Promise.resolve((error as { code?: string }).code ?? "?");
  }
};

/** An address budget that counts what it was asked. */
function countingBudget(inner: CommandBudget): CommandBudget & { asked: number } {
  const counting = {
    asked: 0,
    take(key: string) {
      counting.asked += 1;
      return inner.take(key);
    },
  };
  return counting;
}

describe("a socket's budget", () => {
  it("refuses past the socket's points without asking the address's, and cuts off a flooder", async () => {
    const addressBudget = countingBudget(new MemoryBudget(1_000));
    let cutOffs = 0;
    const pay = socketBudget({
      perSecond: 3,
      addressBudget,
      address: "192.0.2.1",
      cutOff: () => {
        cutOffs += 1;
      },
      now: () => 1_000,
    });
    const answers: string[] = [];
    for (let i = 0; i < 3 + FLOOD_CUTOFF.strikes + 1; i++) answers.push(await answerOf(pay));
    expect(answers.filter((answer) => answer === "ok")).toHaveLength(3);
    expect(answers.filter((answer) => answer === "RATE_LIMITED")).toHaveLength(
      FLOOD_CUTOFF.strikes + 1,
    );
    // The address paid only for what the socket's budget let through.
    expect(addressBudget.asked).toBe(3);
    expect(cutOffs).toBe(1);
  });

  it("counts every socket of an address against the address's points", async () => {
    const addressBudget = new MemoryBudget(4, () => 1_000);
    const budgets = ["a", "b", "c"].map(() =>
      socketBudget({
        perSecond: 100,
        addressBudget,
        address: "192.0.2.7",
        cutOff: () => undefined,
        now: () => 1_000,
      }),
    );
    const answers = await Promise.all(budgets.flatMap((pay) => [answerOf(pay), answerOf(pay)]));
    expect(answers.filter((answer) => answer === "ok")).toHaveLength(4);
  });

  it("waits for an address budget kept elsewhere (Redis) and refuses when it says no", async () => {
    let left = 1;
    const remote: CommandBudget = { take: () => Promise.resolve(left-- > 0) };
    const pay = socketBudget({
      perSecond: 100,
      addressBudget: remote,
      address: "192.0.2.9",
      cutOff: () => undefined,
    });
    expect(await answerOf(pay)).toBe("ok");
    expect(await answerOf(pay)).toBe("RATE_LIMITED");
  });
});
