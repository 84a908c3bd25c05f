import { describe, expect, it } from "vitest";
import { budgetOf, MemoryBudget, Window } from "./command-budget.ts";

describe("command budgets", () => {
  it("allows N per second in a window, then refuses until the window ends", () => {
    const window = new Window(3);
    expect([0, 10, 20, 30].map((at) => window.take(at))).toEqual([true, true, true, false]);
    expect(window.take(999)).toBe(false);
    expect(window.take(1000)).toBe(true);
  });

  it("counts each address on its own and forgets quiet ones", () => {
    let now = 0;
    const budget = new MemoryBudget(1, () => now);
    expect(budget.take("a")).toBe(true);
    expect(budget.take("a")).toBe(false);
    expect(budget.take("b")).toBe(true);
    now = 60_000;
    expect(budget.take("c")).toBe(true);
    expect(budget.size).toBe(1);
  });

  it("turns a limiter's refusal into false and its failure into an error", async () => {
    const refusing = { consume: () => Promise.reject({ msBeforeNext: 10 }) };
    const failing = { consume: () => Promise.reject(new Error("redis down")) };
    const allowing = { consume: () => Promise.resolve({}) };
    const of = (limiter: object) => budgetOf(limiter as Parameters<typeof budgetOf>[0]);
    await expect(of(refusing).take("x")).resolves.toBe(false);
    await expect(of(failing).take("x")).rejects.toThrow("redis down");
    await expect(of(allowing).take("x")).resolves.toBe(true);
  });
});
