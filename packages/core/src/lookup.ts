// Small read helpers over room state, shared by rules, reducer and views.
import type { Annotation, Decision, Participant, RoomState } from "./types.ts";

export const findParticipant = (state: RoomState, id: string | null): Participant | undefined =>
  id === null ? undefined : state.participants.find((participant) => participant.id === id);

export const findDecision = (state: RoomState, id: string): Decision | undefined =>
  state.decisions.find((decision) => decision.id === id);

export const findAnnotation = (state: RoomState, id: string): Annotation | undefined =>
  state.annotations.find((annotation) => annotation.id === id);

/** A participant who may act: joined and not removed. Rules ask this; views may show anyone. */
export const findMember = (state: RoomState, id: string | null): Participant | undefined => {
  const participant = findParticipant(state, id);
  return participant && !participant.removed ? participant : undefined;
};

export const isFacilitator = (state: RoomState, id: string | null): boolean =>
  findMember(state, id)?.role === "facilitator";

/** Facilitators vote too; observers only watch and annotate. */
export const canVote = (state: RoomState, id: string | null): boolean => {
  const role = findMember(state, id)?.role;
  return role === "voter" || role === "facilitator";
};

export const findLobbyEntry = (state: RoomState, participantId: string) =>
  state.lobby.find((entry) => entry.participantId === participantId);

export const hasOption = (decision: Decision, optionId: string): boolean =>
  decision.options.some((option) => option.id === optionId);
