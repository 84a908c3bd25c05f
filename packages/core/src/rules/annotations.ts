// Annotations: pro, con, risk, question; replies and +1s. Anyone in the room may write
// them (authority); only the author or a facilitator may take one away.
import { mapAnnotation, retire } from "../apply-paths.ts";
import { LIMITS } from "../limits.ts";
import { findAnnotation, findDecision, hasOption, isFacilitator } from "../lookup.ts";
import { type Rejection, reject } from "../rejection.ts";
import type { RoomState } from "../types.ts";
import type { EventDefinitions } from "./definition.ts";
import { checkFreshId } from "./ids.ts";

type AnnotationEventType =
  | "annotation.added"
  | "annotation.replied"
  | "annotation.plusOned"
  | "annotation.removed";

const annotationOrMissing = (state: RoomState, annotationId: string): Rejection | null =>
  findAnnotation(state, annotationId) ? null : reject("NOT_FOUND", "No such annotation.");

export const ANNOTATION_EVENTS = {
  "annotation.added": {
    check: (state, { body }) => {
      const decision = findDecision(state, body.decisionId);
      if (!decision || !hasOption(decision, body.optionId)) {
        return reject("NOT_FOUND", "No such option.");
      }
      if (findAnnotation(state, body.annotationId)) {
        return reject("ALREADY_EXISTS", "An annotation with this id exists.");
      }
      return (
        checkFreshId(state, "annotation", body.annotationId) ??
        (state.annotations.length >= LIMITS.annotations
          ? reject("LIMIT_REACHED", "This room has too many annotations.")
          : null)
      );
    },
    apply: (state, { body, actorId, at }) => ({
      ...state,
      annotations: [
        ...state.annotations,
        {
          id: body.annotationId,
          decisionId: body.decisionId,
          optionId: body.optionId,
          kind: body.kind,
          text: body.text,
          authorId: actorId,
          at,
          replies: [],
          plusOnes: [],
        },
      ],
    }),
  },
  "annotation.replied": {
    check: (state, { body }) => {
      const annotation = findAnnotation(state, body.annotationId);
      if (!annotation) return reject("NOT_FOUND", "No such annotation.");
      if (annotation.replies.some((reply) => reply.id === body.replyId)) {
        return reject("ALREADY_EXISTS", "A reply with this id exists.");
      }
      return annotation.replies.length >= LIMITS.repliesPerAnnotation
        ? reject("LIMIT_REACHED", "This annotation has too many replies.")
        : null;
    },
    apply: (state, { body, actorId, at }) =>
      mapAnnotation(state, body.annotationId, (note) => ({
        ...note,
        replies: [...note.replies, { id: body.replyId, authorId: actorId, text: body.text, at }],
      })),
  },
  "annotation.plusOned": {
    check: (state, { body }) => annotationOrMissing(state, body.annotationId),
    apply: (state, { body, actorId }) => {
      const voter = actorId ?? "";
      return mapAnnotation(state, body.annotationId, (note) => {
        const has = note.plusOnes.includes(voter);
        if (has === body.on) return note;
        return {
          ...note,
          plusOnes: body.on
            ? [...note.plusOnes, voter]
            : note.plusOnes.filter((id) => id !== voter),
        };
      });
    },
  },
  "annotation.removed": {
    check: (state, { body, actorId }) => {
      // Authority before existence: a note that is not theirs, or none, is not theirs to remove.
      const annotation = findAnnotation(state, body.annotationId);
      if (annotation?.authorId !== actorId && !isFacilitator(state, actorId)) {
        return reject("FORBIDDEN", "Only the author or the facilitator can remove an annotation.");
      }
      return annotationOrMissing(state, body.annotationId);
    },
    apply: (state, { body }) => ({
      ...state,
      annotations: state.annotations.filter((note) => note.id !== body.annotationId),
      retiredIds: retire(state.retiredIds, { annotations: [body.annotationId] }),
    }),
  },
} satisfies EventDefinitions<AnnotationEventType>;
