// Read hooks over the stores: one value per selector, useShallow for derived arrays.
import {
  type Ballot,
  canVote,
  type Decision,
  findDecision,
  findParticipant,
  type Participant,
  type Role,
} from "@stackboard/core";
import { useShallow } from "zustand/react/shallow";
import { effectiveBallot } from "../view/ballots.ts";
import { useConnectionStore } from "./connectionStore.ts";
import { useRoomStore } from "./roomStore.ts";

export const useRoomTitle = () => useRoomStore((s) => s.state.title);
export const useCriteria = () => useRoomStore((s) => s.state.criteria);
export const useParticipants = () => useRoomStore((s) => s.state.participants);
export const useTimer = () => useRoomStore((s) => s.state.timer);
export const useRoomCreated = () => useRoomStore((s) => s.state.roomId !== "");
/** Focus mode: the decision the facilitator spotlights, or null. */
export const useFocusedDecisionId = () => useRoomStore((s) => s.state.focusedDecisionId);

export const useDecisionIds = () =>
  useRoomStore(useShallow((s) => s.state.decisions.map((decision) => decision.id)));

export const useDecision = (decisionId: string): Decision | undefined =>
  useRoomStore((s) => findDecision(s.state, decisionId));

export const useParticipant = (participantId: string | null): Participant | undefined =>
  useRoomStore((s) => findParticipant(s.state, participantId));

export const useMyId = () => useConnectionStore((s) => s.participantId);

/** Whether I vote in this room (voters and facilitators; observers watch), as core says. */
export function useCanVote(): boolean {
  const myId = useMyId();
  return useRoomStore((s) => canVote(s.state, myId));
}

/** My role as the room log has it now (a facilitator may change it), else the join ack's. */
export function useMyRole(): Role | null {
  const myId = useMyId();
  const fromState = useRoomStore((s) => findParticipant(s.state, myId)?.role ?? null);
  const fromAck = useConnectionStore((s) => s.role);
  return fromState ?? fromAck;
}

export const useAnnotations = (decisionId: string, optionId: string) =>
  useRoomStore(
    useShallow((s) =>
      s.state.annotations.filter(
        (note) => note.decisionId === decisionId && note.optionId === optionId,
      ),
    ),
  );

export const useAnnotationCount = (decisionId: string, optionId: string) =>
  useRoomStore(
    (s) =>
      s.state.annotations.filter(
        (note) => note.decisionId === decisionId && note.optionId === optionId,
      ).length,
  );

/** My ballot as the replica has it (null when none). */
export function useOwnBallot(decisionId: string): Ballot | null {
  const myId = useMyId();
  return useRoomStore(
    (s) =>
      findDecision(s.state, decisionId)?.ballots.find((entry) => entry.participantId === myId)
        ?.ballot ?? null,
  );
}

/** My ballot as I should see it: an unacknowledged change wins over the replica. */
export function useMyBallot(decisionId: string): { ballot: Ballot | null; pending: boolean } {
  const own = useOwnBallot(decisionId);
  const outbox = useConnectionStore((s) => s.outbox);
  return effectiveBallot(decisionId, own, outbox);
}

/** My ballot right now, outside React (the same answer as `useMyBallot`). */
export function currentBallot(decisionId: string): Ballot | null {
  const { participantId, outbox } = useConnectionStore.getState();
  const own =
    findDecision(useRoomStore.getState().state, decisionId)?.ballots.find(
      (entry) => entry.participantId === participantId,
    )?.ballot ?? null;
  return effectiveBallot(decisionId, own, outbox).ballot;
}
