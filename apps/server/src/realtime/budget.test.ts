import { RateLimiterMemory } from "rate-limiter-flexible";
import { describe, expect, it } from "vitest";
import { FLOOD_CUTOFF, socketBudget } from "./budget.ts";

describe("a socket's budget", () => {
  it("refuses past the socket's points without asking the address's, and cuts off a flooder", async () => {
    const addressLimiter = new RateLimiterMemory({ points: 1_000, duration: 60 });
    let cutOffs = 0;
    const pay = socketBudget({
      socketLimiter: new RateLimiterMemory({ points: 3, duration: 60 }),
      addressLimiter,
      socketId: "s1",
      address: "192.0.2.1",
      cutOff: () => {
        cutOffs += 1;
      },
    });
    const answers: string[] = [];
    for (let i = 0; i < 3 + FLOOD_CUTOFF.strikes + 1; i++) {
      answers.push(
        await pay().then(
          () => "ok",
          (error: { code?: string }) => error.code ?? "?",
        ),
      );
    }
    expect(answers.filter((answer) => answer === "ok")).toHaveLength(3);
    expect(answers.filter((answer) => answer === "RATE_LIMITED")).toHaveLength(
      FLOOD_CUTOFF.strikes + 1,
    );
    // The address paid only for what the socket's budget let through.
    expect((await addressLimiter.get("192.0.2.1"))?.consumedPoints).toBe(3);
    expect(cutOffs).toBe(1);
  });

  it("counts every socket of an address against the address's points", async () => {
    const addressLimiter = new RateLimiterMemory({ points: 4, duration: 60 });
    const budgets = ["a", "b", "c"].map((socketId) =>
      socketBudget({
        socketLimiter: new RateLimiterMemory({ points: 100, duration: 60 }),
        addressLimiter,
        socketId,
        address: "192.0.2.7",
        cutOff: () => undefined,
      }),
    );
    const answers = await Promise.all(
      budgets.flatMap((pay) =>
        [pay(), pay()].map((paid) =>
          paid.then(
            () => "ok",
            () => "no",
          ),
        ),
      ),
    );
    expect(answers.filter((answer) => answer === "ok")).toHaveLength(4);
  });
});
