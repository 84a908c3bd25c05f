// Rules for annotations: pro, con, risk, question; replies and +1s.
import type { EventBody } from "../events.ts";
import { LIMITS } from "../limits.ts";
import { findAnnotation, findDecision, findMember, hasOption, isFacilitator } from "../lookup.ts";
import { type Rejection, reject } from "../rejection.ts";
import type { RoomState } from "../types.ts";
import { checkFreshId } from "./ids.ts";

type AnnotationEvent = Extract<
  EventBody,
  {
    type: "annotation.added" | "annotation.replied" | "annotation.plusOned" | "annotation.removed";
  }
>;

export function checkAnnotation(
  state: RoomState,
  actorId: string | null,
  body: AnnotationEvent,
): Rejection | null {
  if (!findMember(state, actorId)) return reject("FORBIDDEN", "Join the room first.");
  if (body.type === "annotation.added") {
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
  }
  const annotation = findAnnotation(state, body.annotationId);
  // Authority before existence: a note that is not theirs, or none, is not theirs to remove.
  if (
    body.type === "annotation.removed" &&
    annotation?.authorId !== actorId &&
    !isFacilitator(state, actorId)
  ) {
    return reject("FORBIDDEN", "Only the author or the facilitator can remove an annotation.");
  }
  if (!annotation) return reject("NOT_FOUND", "No such annotation.");
  switch (body.type) {
    case "annotation.replied":
      if (annotation.replies.some((reply) => reply.id === body.replyId)) {
        return reject("ALREADY_EXISTS", "A reply with this id exists.");
      }
      return annotation.replies.length >= LIMITS.repliesPerAnnotation
        ? reject("LIMIT_REACHED", "This annotation has too many replies.")
        : null;
    case "annotation.plusOned":
      return null;
    case "annotation.removed":
      return null;
  }
}
