// The record as JSON: the room's state and full event log, plus each decision's derived
// results, for tools that want data rather than prose.
import type { Agreement } from "../agreement.ts";
import type { HashOf } from "../commitment.ts";
import type { RoomEvent } from "../events.ts";
import { findDecision } from "../lookup.ts";
import type { MethodRobustness } from "../methods/robustness.ts";
import { type PrivacyGuard, privacyGuard } from "../privacy.ts";
import { redactEvent, redactState } from "../redact.ts";
import type { Sensitivity } from "../sensitivity.ts";
import type { DecisionTally } from "../tally.ts";
import type {
  ConsentProposal,
  DecisionOutcome,
  DecisionStatus,
  RoomState,
  VotingMode,
} from "../types.ts";
import { type CommitmentsRecord, commitmentsOf } from "./commitments.ts";
import { decisionFacts } from "./facts.ts";

export const RECORD_FORMAT = "stackboard.record/1";

export interface DecisionRecordJson {
  id: string;
  title: string;
  status: DecisionStatus;
  mode: VotingMode;
  sealed: boolean;
  /** Consent mode: the written proposal and the label of the option it adopts; else null. */
  proposal: (ConsentProposal & { optionLabel: string | null }) | null;
  /** `optionLabel` is null if the chosen option is no longer on the board. */
  outcome: (DecisionOutcome & { optionLabel: string | null }) | null;
  /** Ballots cast, whether or not their content may be shown. */
  ballotsCast: number;
  /** Null while a sealed decision's ballots are not revealed; so are the next two. */
  tally: DecisionTally | null;
  agreement: Agreement | null;
  sensitivity: Sensitivity | null;
  /** The winner under each other method that fits the ballots, and whether they agree. */
  methods: MethodRobustness | null;
  /** Anonymous decisions: why anonymity cannot hold (`risks`), if it cannot; else null. */
  privacy: PrivacyGuard | null;
  /** A revealed sealed decision's commitments: how many, whether they match, their digest. */
  commitments: CommitmentsRecord | null;
}

export interface RoomRecordJson {
  format: typeof RECORD_FORMAT;
  roomId: string;
  title: string;
  /** Seq of the last event the exported state reflects. */
  exportedSeq: number;
  state: RoomState;
  decisions: DecisionRecordJson[];
  events: RoomEvent[];
}

/**
 * The record as pretty-printed JSON (ending with a newline). Sealed ballots stay sealed
 * as they do on the wire: the state is redacted for an outside viewer and sealed casts
 * appear in their redacted form (`ballot.sealed`); revealed ballots are in the
 * `decision.revealed` events.
 */
export function renderRoomJson(
  state: RoomState,
  events: readonly RoomEvent[],
  hashOf?: HashOf,
): string {
  const sealed = sealedDecisionIds(state, events);
  const record: RoomRecordJson = {
    format: RECORD_FORMAT,
    roomId: state.roomId,
    title: state.title,
    exportedSeq: state.seq,
    state: redactState(state, null),
    decisions: state.decisions.map((decision): DecisionRecordJson => {
      const facts = decisionFacts(decision, state.criteria);
      const outcome = decision.outcome;
      const proposal = decision.mode === "consent" ? decision.proposal : null;
      const labelOf = (optionId: string) =>
        decision.options.find((option) => option.id === optionId)?.label ?? null;
      return {
        id: decision.id,
        title: decision.title,
        status: decision.status,
        mode: decision.mode,
        sealed: decision.sealed,
        proposal: proposal ? { ...proposal, optionLabel: labelOf(proposal.optionId) } : null,
        outcome: outcome ? { ...outcome, optionLabel: labelOf(outcome.optionId) } : null,
        ballotsCast: facts.cast,
        tally: facts.tally,
        agreement: facts.agreement,
        sensitivity: facts.sensitivity,
        methods: facts.methods,
        privacy: privacyGuard(decision, state),
        commitments: commitmentsOf(decision, hashOf),
      };
    }),
    events: events.map((event) =>
      castStaysSealed(state, sealed, event) ? redactEvent(event) : event,
    ),
  };
  return `${JSON.stringify(record, null, 2)}\n`;
}

/**
 * Ids of decisions whose casts are sent redacted: every decision ever configured sealed
 * (the flag can only be set in draft, before any cast) and any no longer on the board,
 * whose sealing is unknown. Casts of a revealed decision stay redacted as well: the
 * reveal event carries the ballots that counted, and changed ones were never to be seen.
 */
function sealedDecisionIds(state: RoomState, events: readonly RoomEvent[]): Set<string> {
  const ids = new Set(state.decisions.filter((d) => d.sealed).map((d) => d.id));
  for (const { body } of events) {
    if (body.type === "decision.configured" && body.sealed) ids.add(body.decisionId);
  }
  return ids;
}

function castStaysSealed(state: RoomState, sealed: ReadonlySet<string>, event: RoomEvent): boolean {
  if (event.body.type !== "ballot.cast") return false;
  const id = event.body.decisionId;
  return sealed.has(id) || findDecision(state, id) === undefined;
}
