// Every ballot as CSV rows, for people who want to re-tally in a spreadsheet. Sealed
// ballots stay sealed: a row says that a vote was cast, never its content, until the
// reveal; anonymous decisions name no one (render it from the anonymized state, as the
// server does). Cells are formula-injection safe (csv.ts).
import type { Ballot, Decision, RoomState } from "../types.ts";
import { toCsv } from "./csv.ts";
import { ballotsHidden } from "./facts.ts";

const HEADER = [
  "decision",
  "mode",
  "participant",
  "role",
  "option",
  "criterion",
  "value",
  "castAt",
];

export function renderBallotsCsv(state: RoomState): string {
  const rows: string[][] = [HEADER];
  for (const decision of state.decisions) {
    // "full" anonymity leaves no per-voter trace: not even rows grouped by voter.
    if (decision.anonymity === "full") {
      const count = `${decision.ballots.length} anonymous ballots`;
      rows.push([decision.title, decision.mode, "(anonymous)", "", count, "", "", ""]);
      continue;
    }
    for (const entry of decision.ballots) {
      const participant = state.participants.find((p) => p.id === entry.participantId);
      // Under "aliases" the ballot key is the stable pseudonym the room sees.
      const who =
        decision.anonymity === "aliases"
          ? [entry.participantId, ""]
          : [participant?.name ?? "a former participant", participant?.role ?? ""];
      const lead = [decision.title, decision.mode, ...who];
      const castAt = new Date(entry.castAt).toISOString();
      // The state's status decides, not whether content happens to be present.
      if (ballotsHidden(decision) || entry.ballot === null) {
        rows.push([...lead, "(sealed)", "", "", castAt]);
        continue;
      }
      for (const [option, criterion, value] of cells(state, decision, entry.ballot)) {
        rows.push([...lead, option, criterion, value, castAt]);
      }
    }
  }
  return toCsv(rows);
}

function cells(state: RoomState, decision: Decision, ballot: Ballot): [string, string, string][] {
  const label = (optionId: string) =>
    decision.options.find((option) => option.id === optionId)?.label ?? optionId;
  switch (ballot.mode) {
    case "pick":
      return [[label(ballot.optionId), "", "1"]];
    case "dots":
      return ballot.allocations.map((a) => [label(a.optionId), "", String(a.dots)]);
    case "score":
      return ballot.scores.map((s) => [
        label(s.optionId),
        state.criteria.find((c) => c.id === s.criterionId)?.name ?? s.criterionId,
        String(s.score),
      ]);
    default:
      // Modes added later (ranked, consent, ...) export their raw ballot until they get a row shape.
      return [["", "", JSON.stringify(ballot)]];
  }
}
