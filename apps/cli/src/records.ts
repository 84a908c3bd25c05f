// Every outcome the room's log holds: each `decision.decided` that applied is one record,
// rendered by core's MADR renderer from the room as it was right after that event (so a
// record never changes once written, whatever the room does later). A decision reopened and
// decided again has several records, oldest first: each later one supersedes the one before.
import type { RoomExportJson } from "@stackboard/contracts";
import { emptyRoom, findDecision, type RoomState, renderMadrFile, step } from "@stackboard/core";

export interface DecidedRecord {
  roomId: string;
  decisionId: string;
  /** The seq of the `decision.decided` event: with room and decision, the record's identity. */
  seq: number;
  title: string;
  /** MADR 4, with YAML front matter (`status: accepted`). */
  content: string;
}

export function decidedRecords(record: RoomExportJson): DecidedRecord[] {
  const records: DecidedRecord[] = [];
  let state: RoomState = emptyRoom();
  for (const event of record.events) {
    const before = state;
    state = step(before, event).state;
    if (event.body.type !== "decision.decided") continue;
    const { decisionId } = event.body;
    const decided = findDecision(state, decisionId);
    if (decided?.status !== "decided" || findDecision(before, decisionId)?.status === "decided") {
      continue; // refused by the log: no outcome
    }
    records.push({
      roomId: record.roomId,
      decisionId,
      seq: event.seq,
      title: decided.title,
      content: renderMadrFile(state, decisionId, { now: event.at }).content,
    });
  }
  return records;
}
