// "May I?" for the UI: core's `allowed`, asked of this tab's replica, as me, in server
// time. The UI offers only what the room would accept and never writes a rule of its own;
// the server still decides.
import { allowed, type CommandBody, decide, type RoomState, reduce } from "@stackboard/core";
import { serverNow } from "../lib/clock.ts";
import { useConnectionStore } from "./connectionStore.ts";
import { useRoomStore } from "./roomStore.ts";

/** Whether the room would take `command` from `me` at `at`; null asks nothing (false). */
export const mayAsk = (
  state: RoomState,
  me: string | null,
  command: CommandBody | null,
  at: number,
): boolean => command !== null && allowed(state, me, command, at);

/**
 * Whether the room would take every command of `commands`, one after another, each judged
 * on the room as the ones before it leave it (a proposal after the switch to consent).
 */
export function mayAskInOrder(
  state: RoomState,
  me: string | null,
  commands: readonly CommandBody[],
  at: number,
): boolean {
  let room = state;
  for (const command of commands) {
    const decided = decide(room, me, null, command, at);
    if (!decided.ok) return false;
    room = reduce(room, {
      seq: room.seq + 1,
      at,
      actorId: me,
      commandId: null,
      body: decided.body,
    });
  }
  return true;
}

/** The same, for a sequence sent at once (one Save); re-asked as the room changes. */
export function useAllowedInOrder(commands: readonly CommandBody[]): boolean {
  const me = useConnectionStore((s) => s.participantId);
  const offset = useConnectionStore((s) => s.clockOffset);
  return useRoomStore((s) => mayAskInOrder(s.state, me, commands, serverNow(offset, Date.now())));
}

/** Whether the room would take `command` from me now; re-asked as the room changes. */
export function useAllowed(command: CommandBody | null): boolean {
  const me = useConnectionStore((s) => s.participantId);
  const offset = useConnectionStore((s) => s.clockOffset);
  return useRoomStore((s) => mayAsk(s.state, me, command, serverNow(offset, Date.now())));
}

/** The same question outside React (a key press). */
export function isAllowed(command: CommandBody | null): boolean {
  const { participantId, clockOffset } = useConnectionStore.getState();
  const { state } = useRoomStore.getState();
  return mayAsk(state, participantId, command, serverNow(clockOffset, Date.now()));
}

/** The probe for "may I vote on this decision now": abstaining is open in every mode. */
export const voteProbe = (decisionId: string): CommandBody => ({
  type: "ballot.cast",
  decisionId,
  ballot: { mode: "abstain" },
});

/** The probe for "may I add an option here now": an id and a label no option can have. */
export const addOptionProbe = (decisionId: string): CommandBody => ({
  type: "option.add",
  decisionId,
  optionId: "",
  label: "",
  catalogId: null,
});
