// The people panel's logic: who is listed in which order, the hand queue, the ready count,
// what I may do to whom. Pure, so it is tested without a browser; the server still decides.
import type { PresenceStatus } from "@stackboard/contracts";
import {
  assertNever,
  type CommandBody,
  type Participant,
  type Role,
  type Signal,
} from "@stackboard/core";

/** Who is in the room: a removed participant is kept in the log for names, not listed. */
export const membersOf = (participants: readonly Participant[]): Participant[] =>
  participants.filter((participant) => !participant.removed);

/** Raised hands, first raised first; equal times keep the room's order. */
export function handQueue(participants: readonly Participant[]): Participant[] {
  return membersOf(participants)
    .filter((participant) => participant.handRaisedAt !== null)
    .sort((a, b) => (a.handRaisedAt ?? 0) - (b.handRaisedAt ?? 0));
}

/** 1-based places in the hand queue, by participant id. */
export function handPlaces(participants: readonly Participant[]): ReadonlyMap<string, number> {
  return new Map(handQueue(participants).map((participant, index) => [participant.id, index + 1]));
}

/** "3 of 5 ready": everyone in the room counts, observers too (they signal like anyone). */
export function readyCount(participants: readonly Participant[]): { ready: number; total: number } {
  const members = membersOf(participants);
  return {
    ready: members.filter((participant) => participant.ready).length,
    total: members.length,
  };
}

const ROLE_ORDER: Record<Role, number> = { facilitator: 0, voter: 1, observer: 2 };
const PRESENCE_ORDER: Record<PresenceStatus, number> = { online: 0, away: 1, offline: 2 };

/** Me first, then facilitators, voters, observers; within a role, who is here first. */
export function listOrder(
  participants: readonly Participant[],
  myId: string | null,
  statusOf: (participant: Participant) => PresenceStatus,
): Participant[] {
  return membersOf(participants).sort((a, b) => {
    if (a.id === myId) return -1;
    if (b.id === myId) return 1;
    return (
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
      PRESENCE_ORDER[statusOf(a)] - PRESENCE_ORDER[statusOf(b)] ||
      a.joinedAt - b.joinedAt
    );
  });
}

/** The command that flips one of my own signals, or null when I am not in the room. */
export function toggleMySignal(
  participants: readonly Participant[],
  myId: string | null,
  signal: Signal,
): CommandBody | null {
  const me = membersOf(participants).find((participant) => participant.id === myId);
  if (!me) return null;
  const on = signal === "ready" ? !me.ready : me.handRaisedAt === null;
  return { type: "participant.setSignal", participantId: me.id, signal, on };
}

export type PersonAction = "lowerHand" | "makeFacilitator" | "makeVoter" | "handOff" | "remove";

/**
 * What I am offered for someone else: each action that would change something for them,
 * when the room would take it from me (`may`, core's `allowed`). My own row offers none;
 * my own signals and role have their own controls.
 */
export function actionsFor(
  target: Participant,
  myId: string | null,
  may: (command: CommandBody) => boolean,
): PersonAction[] {
  if (target.id === myId) return [];
  const candidates: PersonAction[] = [];
  if (target.handRaisedAt !== null) candidates.push("lowerHand");
  if (target.role !== "facilitator") candidates.push("makeFacilitator");
  if (target.role !== "voter") candidates.push("makeVoter");
  candidates.push("handOff", "remove");
  return candidates.filter((action) => may(commandForAction(action, target.id)));
}

/** Actions that change someone's standing for good ask "are you sure?" first. */
export const needsConfirm = (action: PersonAction): boolean =>
  action === "handOff" || action === "remove";

export function commandForAction(action: PersonAction, participantId: string): CommandBody {
  switch (action) {
    case "lowerHand":
      return { type: "participant.setSignal", participantId, signal: "hand", on: false };
    case "makeFacilitator":
      return { type: "participant.setRole", participantId, role: "facilitator" };
    case "makeVoter":
      return { type: "participant.setRole", participantId, role: "voter" };
    case "handOff":
      return { type: "facilitation.handOff", participantId };
    case "remove":
      return { type: "participant.remove", participantId };
    default:
      return assertNever(action);
  }
}
