// Every event's definition, in one table typed to cover every event type: an event type
// added to `events.ts` without its check and apply here does not compile
// (`table.typecheck.test.ts` shows it).
import type { EventType } from "../events.ts";
import { ANNOTATION_EVENTS } from "./annotations.ts";
import { BOARD_EVENTS } from "./board.ts";
import { DECISION_RULES_EVENTS } from "./decision-rules.ts";
import type { EventDefinition, EventDefinitions } from "./definition.ts";
import { FOCUS_EVENTS } from "./focus.ts";
import { PEOPLE_EVENTS } from "./people.ts";
import { PROOF_EVENTS } from "./proof.ts";
import { ROOM_EVENTS } from "./room.ts";
import { TIMER_EVENTS } from "./timer.ts";
import { TURNOUT_EVENTS } from "./turnout.ts";
import { VOTING_EVENTS } from "./voting.ts";

export const EVENT_DEFINITIONS: EventDefinitions = {
  ...ROOM_EVENTS,
  ...PEOPLE_EVENTS,
  ...BOARD_EVENTS,
  ...DECISION_RULES_EVENTS,
  ...VOTING_EVENTS,
  ...ANNOTATION_EVENTS,
  ...TIMER_EVENTS,
  ...PROOF_EVENTS,
  ...TURNOUT_EVENTS,
  ...FOCUS_EVENTS,
} satisfies EventDefinitions;

export const definitionOf = <T extends EventType>(type: T): EventDefinition<T> =>
  EVENT_DEFINITIONS[type];
