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

describe("undo actions", () => {
  it("keeps votes and notes in the order I made them", () => {
    const { remember, rememberAnnotation } = useUndoStore.getState();
    remember("d1", null);
    rememberAnnotation("d1", "a1");
    remember("d1", { mode: "pick", optionId: "a" });
    expect(useUndoStore.getState().actions.map((action) => action.kind)).toEqual([
      "ballot",
      "annotation",
      "ballot",
    ]);
    // Taking a ballot back passes over the newer note and leaves it in place.
    rememberAnnotation("d1", "a2");
    expect(useUndoStore.getState().take("d1")).toEqual({ mode: "pick", optionId: "a" });
    expect(useUndoStore.getState().actions).toEqual([
      { kind: "ballot", decisionId: "d1", previous: null },
      { kind: "annotation", decisionId: "d1", annotationId: "a1" },
      { kind: "annotation", decisionId: "d1", annotationId: "a2" },
    ]);
  });

  it("forgets exactly the entries it is given", () => {
    const { rememberAnnotation } = useUndoStore.getState();
    rememberAnnotation("d1", "a1");
    rememberAnnotation("d1", "a2");
    const [first] = useUndoStore.getState().actions;
    if (first === undefined) throw new Error("nothing remembered");
    useUndoStore.getState().forget([first]);
    expect(useUndoStore.getState().actions).toEqual([
      { kind: "annotation", decisionId: "d1", annotationId: "a2" },
    ]);
  });

  it("bounds the history per decision, not across the room", () => {
    const { remember, rememberAnnotation } = useUndoStore.getState();
    rememberAnnotation("d2", "kept");
    for (let index = 0; index < UNDO_DEPTH + 5; index += 1) remember("d1", null);
    const actions = useUndoStore.getState().actions;
    expect(actions).toHaveLength(UNDO_DEPTH + 1);
    expect(actions[0]).toEqual({ kind: "annotation", decisionId: "d2", annotationId: "kept" });
  });
});
