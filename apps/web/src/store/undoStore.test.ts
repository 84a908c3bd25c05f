import { afterEach, describe, expect, it } from "vitest";
import { UNDO_DEPTH, useUndoStore } from "./undoStore.ts";

afterEach(() => useUndoStore.getState().reset());

describe("undo history", () => {
  it("gives back ballots newest first, then nothing", () => {
    const { remember, take } = useUndoStore.getState();
    remember("d1", null);
    remember("d1", { mode: "pick", optionId: "a" });
    remember("d2", { mode: "abstain" });
    expect(take("d1")).toEqual({ mode: "pick", optionId: "a" });
    expect(take("d1")).toBeNull();
    expect(take("d1")).toBeUndefined();
    expect(take("d2")).toEqual({ mode: "abstain" });
  });

  it("keeps a bounded history", () => {
    const { remember } = useUndoStore.getState();
    for (let index = 0; index < UNDO_DEPTH + 5; index += 1) {
      remember("d1", { mode: "pick", optionId: `o${index}` });
    }
    expect(useUndoStore.getState().history.d1).toHaveLength(UNDO_DEPTH);
    expect(useUndoStore.getState().take("d1")).toEqual({
      mode: "pick",
      optionId: `o${UNDO_DEPTH + 4}`,
    });
  });
});
