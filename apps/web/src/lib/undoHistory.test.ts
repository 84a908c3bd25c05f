import { describe, expect, it } from "vitest";
import type { UndoAction } from "../store/undoStore.ts";
import { memoryStorage } from "./storage.ts";
import { loadUndoHistory, saveUndoHistory, UNDO_STORED } from "./undoHistory.ts";

const note = (annotationId: string): UndoAction => ({
  kind: "annotation",
  decisionId: "d1",
  annotationId,
});
const vote: UndoAction = {
  kind: "ballot",
  decisionId: "d1",
  previous: { mode: "pick", optionId: "o1" },
};

describe("the undo history kept in the browser", () => {
  it("reads back what was saved, in order", () => {
    const store = memoryStorage();
    const actions = [
      vote,
      note("a1"),
      { kind: "ballot", decisionId: "d2", previous: null } as const,
    ];
    saveUndoHistory(store, "room", "ada", actions);
    expect(loadUndoHistory(store, "room", "ada")).toEqual(actions);
  });

  it("is kept per room and per participant", () => {
    const store = memoryStorage();
    saveUndoHistory(store, "room", "ada", [note("a1")]);
    expect(loadUndoHistory(store, "room", "ben")).toEqual([]);
    expect(loadUndoHistory(store, "other-room", "ada")).toEqual([]);
  });

  it("keeps only the newest entries", () => {
    const store = memoryStorage();
    const many = Array.from({ length: UNDO_STORED + 5 }, (_, index) => note(`a${index}`));
    saveUndoHistory(store, "room", "ada", many);
    const loaded = loadUndoHistory(store, "room", "ada");
    expect(loaded).toHaveLength(UNDO_STORED);
    expect(loaded.at(0)).toEqual(note("a5"));
    expect(loaded.at(-1)).toEqual(note(`a${UNDO_STORED + 4}`));
  });

  it("drops entries that do not read as one, and survives garbage", () => {
    const store = memoryStorage();
    store.setItem(
      "stackboard:undo:room:ada",
      JSON.stringify([
        note("a1"),
        { kind: "ballot", decisionId: "d1", previous: { mode: "pick" } },
        { kind: "annotation", decisionId: 3, annotationId: "a2" },
        { kind: "something", decisionId: "d1" },
        vote,
      ]),
    );
    expect(loadUndoHistory(store, "room", "ada")).toEqual([note("a1"), vote]);
    store.setItem("stackboard:undo:room:ada", "{not json");
    expect(loadUndoHistory(store, "room", "ada")).toEqual([]);
  });

  it("forgets the room's entry once nothing is left to undo", () => {
    const store = memoryStorage();
    saveUndoHistory(store, "room", "ada", [note("a1")]);
    saveUndoHistory(store, "room", "ada", []);
    expect(store.getItem("stackboard:undo:room:ada")).toBeNull();
  });
});
