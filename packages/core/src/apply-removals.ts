// Removing a decision, an option, a criterion or an annotation: it leaves the board, and
// its id (with the ids of the notes that go with it) is retired, never to be given out
// again (see `rules/ids.ts`).
import { mapDecision } from "./apply-paths.ts";
import type { EventBody } from "./events.ts";
import type { Annotation, RetiredIds, RoomState } from "./types.ts";

type RemovalEvent = Extract<
  EventBody,
  {
    type: "decision.removed" | "option.removed" | "criterion.removed" | "annotation.removed";
  }
>;

export function applyRemoval(state: RoomState, body: RemovalEvent): RoomState {
  switch (body.type) {
    case "decision.removed": {
      const goes = (note: Annotation) => note.decisionId === body.decisionId;
      return {
        ...state,
        decisions: state.decisions.filter((decision) => decision.id !== body.decisionId),
        annotations: state.annotations.filter((note) => !goes(note)),
        timer: state.timer?.decisionId === body.decisionId ? null : state.timer,
        retiredIds: retire(state.retiredIds, {
          decisions: [body.decisionId],
          annotations: state.annotations.filter(goes).map((note) => note.id),
        }),
      };
    }
    case "option.removed": {
      const goes = (note: Annotation) =>
        note.decisionId === body.decisionId && note.optionId === body.optionId;
      const next = mapDecision(state, body.decisionId, (d) => ({
        ...d,
        options: d.options.filter((option) => option.id !== body.optionId),
        retiredOptionIds: [...d.retiredOptionIds, body.optionId],
      }));
      return {
        ...next,
        annotations: state.annotations.filter((note) => !goes(note)),
        retiredIds: retire(state.retiredIds, {
          annotations: state.annotations.filter(goes).map((note) => note.id),
        }),
      };
    }
    case "criterion.removed":
      return {
        ...state,
        criteria: state.criteria.filter((criterion) => criterion.id !== body.criterionId),
        retiredIds: retire(state.retiredIds, { criteria: [body.criterionId] }),
      };
    case "annotation.removed":
      return {
        ...state,
        annotations: state.annotations.filter((note) => note.id !== body.annotationId),
        retiredIds: retire(state.retiredIds, { annotations: [body.annotationId] }),
      };
  }
}

function retire(retired: RetiredIds, more: Partial<RetiredIds>): RetiredIds {
  const add = (kind: keyof RetiredIds) => {
    const ids = more[kind] ?? [];
    return ids.length === 0 ? retired[kind] : [...retired[kind], ...ids];
  };
  return {
    decisions: add("decisions"),
    criteria: add("criteria"),
    annotations: add("annotations"),
  };
}
