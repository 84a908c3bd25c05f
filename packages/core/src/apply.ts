// How an allowed event changes the state. Only the paths an event touches are copied,
// so applying an event costs what it changes, not the size of the room.

import { mapAnnotation, mapDecision, mapParticipant, putBallot } from "./apply-paths.ts";
import { applyPeople, clearReady } from "./apply-people.ts";
import { applyRemoval } from "./apply-removals.ts";
import { applyTimer } from "./apply-timer.ts";
import type { EventBody, RoomEvent } from "./events.ts";
import { newDecision } from "./room.ts";
import { roundSummary } from "./rounds.ts";
import { tieOf } from "./tally.ts";
import type { RoomState } from "./types.ts";

export function applyEvent(state: RoomState, event: RoomEvent): RoomState {
  const { body, actorId, at } = event;
  switch (body.type) {
    case "room.created":
      return {
        ...state,
        roomId: body.roomId,
        title: body.title,
        templateId: body.templateId,
        createdAt: at,
        criteria: body.criteria.map((criterion) => ({ ...criterion })),
        decisions: body.decisions.map((seed) => ({
          ...newDecision(seed.id, seed.title, seed.context),
          mode: seed.mode,
          options: seed.options.map((option) => ({ ...option, addedBy: null })),
        })),
      };
    case "participant.joined":
      return {
        ...state,
        participants: [
          ...state.participants,
          {
            id: body.participantId,
            name: body.name,
            colour: body.colour,
            role: body.role,
            joinedAt: at,
            ready: false,
            handRaisedAt: null,
            removed: false,
          },
        ],
      };
    case "room.renamed":
      return { ...state, title: body.title };
    case "participant.renamed":
      return mapParticipant(state, actorId ?? "", (participant) => ({
        ...participant,
        name: body.name,
      }));
    case "participant.roleSet":
      return mapParticipant(state, body.participantId, (participant) => ({
        ...participant,
        role: body.role,
      }));
    case "participant.signalSet":
    case "participant.removed":
    case "facilitation.handedOff":
    case "room.lobbySet":
    case "room.passphraseSet":
    case "lobby.requested":
    case "lobby.admitted":
    case "lobby.denied":
    case "lobby.left":
      return applyPeople(state, event, body);
    case "decision.added":
      return {
        ...state,
        decisions: [...state.decisions, newDecision(body.decisionId, body.title, body.context)],
      };
    case "decision.edited":
      return mapDecision(state, body.decisionId, (d) => ({
        ...d,
        title: body.title,
        context: body.context,
      }));
    case "decision.removed":
    case "option.removed":
    case "criterion.removed":
    case "annotation.removed":
      return applyRemoval(state, body);
    case "decision.configured":
      return mapDecision(state, body.decisionId, (d) => ({
        ...d,
        mode: body.mode,
        dotsPerVoter: body.dotsPerVoter,
        sealed: body.sealed,
        ballots: [],
      }));
    case "decision.anonymitySet":
      return mapDecision(state, body.decisionId, (d) => ({ ...d, anonymity: body.anonymity }));
    case "decision.proposed":
      return mapDecision(state, body.decisionId, (d) => ({
        ...d,
        proposal: { text: body.text, optionId: body.optionId },
      }));
    case "decision.rulesSet":
      return mapDecision(state, body.decisionId, (d) => ({
        ...d,
        rules: {
          maxDotsPerOption: body.maxDotsPerOption,
          quorum: body.quorum,
          threshold: body.threshold,
        },
      }));
    case "option.added":
      return mapDecision(state, body.decisionId, (d) => ({
        ...d,
        options: [
          ...d.options,
          { id: body.optionId, label: body.label, catalogId: body.catalogId, addedBy: actorId },
        ],
      }));
    case "criterion.added":
      return {
        ...state,
        criteria: [
          ...state.criteria,
          { id: body.criterionId, name: body.name, weight: body.weight },
        ],
      };
    case "criterion.updated":
      return {
        ...state,
        criteria: state.criteria.map((criterion) =>
          criterion.id === body.criterionId
            ? { ...criterion, name: body.name, weight: body.weight }
            : criterion,
        ),
      };
    default:
      return applyVotingOrAnnotation(state, event, body);
  }
}

function applyVotingOrAnnotation(state: RoomState, event: RoomEvent, body: EventBody): RoomState {
  const { actorId, at } = event;
  const voter = actorId ?? "";
  switch (body.type) {
    case "decision.opened":
      return clearReady(mapDecision(state, body.decisionId, (d) => ({ ...d, status: "voting" })));
    case "ballot.cast":
      return mapDecision(state, body.decisionId, (d) =>
        putBallot(d, { participantId: voter, ballot: body.ballot, castAt: at }),
      );
    case "ballot.sealed":
      return mapDecision(state, body.decisionId, (d) =>
        putBallot(d, { participantId: voter, ballot: null, castAt: at }),
      );
    case "ballot.retracted":
      return mapDecision(state, body.decisionId, (d) => ({
        ...d,
        ballots: d.ballots.filter((entry) => entry.participantId !== voter),
      }));
    case "decision.locked":
      return mapDecision(state, body.decisionId, (d) => ({ ...d, status: "locked" }));
    case "decision.revealed": {
      const revealed = new Map(body.ballots.map((entry) => [entry.participantId, entry.ballot]));
      return mapDecision(state, body.decisionId, (d) => ({
        ...d,
        status: "revealed",
        ballots: d.ballots.map((entry) => ({
          ...entry,
          ballot: revealed.get(entry.participantId) ?? entry.ballot,
        })),
      }));
    }
    case "decision.decided":
      return mapDecision(state, body.decisionId, (d) => ({
        ...d,
        status: "decided",
        outcome: {
          optionId: body.optionId,
          rationale: body.rationale,
          decidedBy: actorId,
          decidedAt: at,
          // The rules allow deciding only once every replica sees every ballot (unsealed
          // or revealed), so each finds the same tie in its own state.
          settledTie: tieOf(d, state.criteria),
        },
      }));
    case "decision.reopened":
      return clearReady(
        mapDecision(state, body.decisionId, (d) => ({ ...d, status: "voting", outcome: null })),
      );
    case "decision.roundStarted":
      // The rules allow this only while every replica can see every ballot (unsealed or
      // revealed), so each computes the same summary from its own state.
      return clearReady(
        mapDecision(state, body.decisionId, (d) => ({
          ...d,
          status: "voting",
          outcome: null,
          ballots: [],
          rounds: [...d.rounds, roundSummary(d, state.criteria)],
        })),
      );
    case "timer.started":
    case "timer.paused":
    case "timer.resumed":
    case "timer.extended":
    case "timer.stopped":
    case "timer.expired":
      return applyTimer(state, event, body);
    case "annotation.added":
      return {
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
      };
    case "annotation.replied":
      return mapAnnotation(state, body.annotationId, (note) => ({
        ...note,
        replies: [...note.replies, { id: body.replyId, authorId: actorId, text: body.text, at }],
      }));
    case "annotation.plusOned":
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
    default:
      return state;
  }
}
