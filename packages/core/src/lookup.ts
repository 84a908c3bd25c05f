// Small read helpers over room state, shared by rules, reducer and views.
import type { Annotation, Decision, Participant, RoomState } from "./types.ts";

export const findParticipant = (state: RoomState, id: string | null): Participant | undefined =>
  id === null ? undefined : state.participants.find((participant) => participant.id === id);

export const findDecision = (state: RoomState, id: string): Decision | undefined =>
  state.decisions.find((decision) => decision.id === id);

export const findAnnotation = (state: RoomState, id: string): Annotation | undefined =>
  state.annotations.find((annotation) => annotation.id === id);

export const isFacilitator = (state: RoomState, id: string | null): boolean =>
  findParticipant(state, id)?.role === "facilitator";

/** Facilitators vote too; observers only watch and annotate. */
export const canVote = (state: RoomState, id: string | null): boolean => {
  const role = findParticipant(state, id)?.role;
  return role === "voter" || role === "facilitator";
};

export const hasOption = (decision: Decision, optionId: string): boolean =>
  decision.options.some((option) => option.id === optionId);
