// Test support: one room driven the way the server drives it (core's `decide`, then the
// event appended at the next seq and reduced), and every view of it the server can hand
// out, computed by the server's own projection functions: the live fan-out's per-viewer
// form, catch-up by events or snapshot, the REST read and the exports.
import {
  type BallotKeyOf,
  type CommandBody,
  decide,
  emptyRoom,
  type Rejection,
  type RoomEvent,
  type RoomState,
  renderBallotsCsv,
  renderRoomRecordMarkdown,
  step,
} from "@stackboard/core";
import { fanoutForms, liveEventFor } from "../../realtime/fanout.ts";
import { createBallotKeys } from "../../rooms/ballot-keys.ts";
import { eventsCatchUp, snapshotCatchUp } from "../../rooms/catch-up.ts";
import { exportJson, outsiderState } from "../../rooms/outsider-view.ts";

export const FACILITATOR = "p-fac";
export const V1 = "p-v1";
export const V2 = "p-v2";
export const V3 = "p-v3";
export const OBSERVER = "p-obs";
export const PARTICIPANTS = [FACILITATOR, V1, V2, V3, OBSERVER] as const;
/** Everyone in the room, and null: someone outside it (REST reads and exports). */
export const VIEWERS: readonly (string | null)[] = [...PARTICIPANTS, null];
export const CRITERIA = ["c1", "c2"] as const;

const ROOM_ID = "secrecy0000000000000000";
const hmacKeyOf = createBallotKeys("a-fixed-secret-for-the-secrecy-test")(ROOM_ID);
const keys = new Map<string, string>();
/** The server's ballot keys for this room (HMAC), remembered: the test asks for them often. */
export const keyOf: BallotKeyOf = (decisionId, participantId) => {
  const id = `${decisionId}/${participantId}`;
  let key = keys.get(id);
  if (key === undefined) {
    key = hmacKeyOf(decisionId, participantId);
    keys.set(id, key);
  }
  return key;
};
const EXPORTED_AT = 1_700_100_000_000;

export interface Attempt {
  before: RoomState;
  event: RoomEvent | null;
  rejection: Rejection | null;
}

export class World {
  state: RoomState = emptyRoom();
  readonly events: RoomEvent[] = [];

  constructor(at: number) {
    this.append(null, null, at, {
      type: "room.created",
      roomId: ROOM_ID,
      title: "Secrecy",
      templateId: null,
      criteria: CRITERIA.map((id) => ({ id, name: `Criterion ${id}`, weight: 0.5 })),
      decisions: [],
    });
    for (const participantId of PARTICIPANTS) {
      const role =
        participantId === FACILITATOR
          ? "facilitator"
          : participantId === OBSERVER
            ? "observer"
            : "voter";
      this.append(null, null, at, {
        type: "participant.joined",
        participantId,
        name: `Name of ${participantId}`,
        colour: "#336699",
        role,
      });
    }
  }

  /** As the server does: decide against the current state, then append at the next seq. */
  attempt(actorId: string, commandId: string, command: CommandBody, at: number): Attempt {
    const before = this.state;
    const decided = decide(before, actorId, commandId, command, at);
    if (!decided.ok) return { before, event: null, rejection: decided.rejection };
    const event = this.append(actorId, commandId, at, decided.body);
    return { before, event, rejection: null };
  }

  private append(
    actorId: string | null,
    commandId: string | null,
    at: number,
    body: RoomEvent["body"],
  ): RoomEvent {
    const event: RoomEvent = { seq: this.state.seq + 1, at, actorId, commandId, body };
    const next = step(this.state, event);
    if (next.rejection) throw new Error(`decided but not applied: ${next.rejection.message}`);
    this.state = next.state;
    this.events.push(event);
    return event;
  }
}

/** One view the server can hand out, as sent (serialised) and as data for the oracles. */
export interface View {
  name: string;
  viewer: string | null;
  text: string;
  events: readonly RoomEvent[];
  state: RoomState | null;
}

/** Every view of the room right after `attempt`'s event, for each of `viewers`. */
export function viewsAfter(
  world: World,
  attempt: Attempt & { event: RoomEvent },
  viewers: readonly (string | null)[],
): View[] {
  const { state, events } = world;
  const forms = fanoutForms(attempt.before, attempt.event, keyOf);
  const views: View[] = [];
  for (const viewer of viewers) {
    const live = liveEventFor(forms, viewer);
    views.push({ name: "live event", viewer, text: json(live), events: [live], state: null });
    const snapshot = snapshotCatchUp(state, viewer, keyOf);
    views.push({
      name: "catch-up snapshot",
      viewer,
      text: json(snapshot),
      events: [],
      state: snapshot.state,
    });
    // Sync from seq k gets the suffix after k of this list: each event is judged alone.
    const caught = eventsCatchUp(state, events, viewer, keyOf);
    views.push({
      name: "catch-up events",
      viewer,
      text: caught.events.map(eventJson).join("\n"),
      events: caught.events,
      state: null,
    });
  }
  if (viewers.includes(null)) views.push(...outsiderViews(world));
  return views;
}

/** What REST hands anyone outside the room: GET room and the exports. */
function outsiderViews(world: World): View[] {
  const outsider = outsiderState(world.state, keyOf);
  const exported = exportJson(world.state, world.events, keyOf);
  const record = JSON.parse(exported) as { state: RoomState; events: RoomEvent[] };
  const text = (name: string, body: string): View => ({
    name,
    viewer: null,
    text: body,
    events: [],
    state: null,
  });
  return [
    { name: "GET room", viewer: null, text: json(outsider), events: [], state: outsider },
    {
      name: "export.json",
      viewer: null,
      text: exported,
      events: record.events,
      state: record.state,
    },
    text("export.md", renderRoomRecordMarkdown(outsider, { now: EXPORTED_AT })),
    text("export.ballots.csv", renderBallotsCsv(outsider)),
  ];
}

const json = (value: unknown): string => JSON.stringify(value);

// Most events reach most viewers unchanged (the very object from the log): serialise each once.
const serialised = new WeakMap<RoomEvent, string>();
function eventJson(event: RoomEvent): string {
  let text = serialised.get(event);
  if (text === undefined) {
    text = json(event);
    serialised.set(event, text);
  }
  return text;
}
