// Test support: a model of what is secret in a room, kept apart from the code under test.
// It reads only the events the log accepted and knows, for every ballot event, the
// decision instance it belongs to (a removed decision's id could come back; the model
// does not assume it cannot), whether that instance was sealed and anonymous, and when
// (if ever) a sealed ballot was revealed. Its oracles then say what a viewer must not see.
import type { Anonymity, CommandBody, Rejection, RoomEvent } from "@stackboard/core";

interface Instance {
  serial: number;
  decisionId: string;
  sealed: boolean;
  anonymity: Anonymity;
  /** Each voter's current ballot: the seq of the cast it came from. */
  current: Map<string, number>;
}

/** A ballot event (cast, sealed, retracted) or reveal, with what was secret about it. */
export interface Secret {
  seq: number;
  instance: number;
  voterId: string | null;
  sealed: boolean;
  anonymous: boolean;
  /** For a cast: the seq of the reveal that showed this very ballot, if any. */
  revealedAt: number | null;
  /** A consent cast's reason: unique per cast, so a text export showing it is caught. */
  marker: string | null;
  /** A cast's salt: as secret as its sealed ballot until the reveal (unique per cast). */
  salt: string | null;
}

type IdKind = "decision" | "option" | "criterion" | "annotation";

export class SecrecyModel {
  private serial = 0;
  private readonly live = new Map<string, Instance>();
  private readonly secrets = new Map<number, Secret>();
  /** Every id ever used, per kind (options per decision id). */
  private readonly used = new Map<IdKind, Set<string>>(
    (["decision", "option", "criterion", "annotation"] as const).map((kind) => [kind, new Set()]),
  );
  readonly participants: readonly string[];

  constructor(participants: readonly string[], criteria: readonly string[]) {
    this.participants = participants;
    for (const id of criteria) this.use("criterion", id);
  }

  secretAt(seq: number): Secret | undefined {
    return this.secrets.get(seq);
  }

  /** The instance a decision id names now, if any. */
  instanceOf(decisionId: string): Instance | undefined {
    return this.live.get(decisionId);
  }

  /** Follows one event the log accepted. */
  observe(event: RoomEvent): void {
    const { body } = event;
    switch (body.type) {
      case "decision.added":
        this.serial += 1;
        this.use("decision", body.decisionId);
        this.live.set(body.decisionId, {
          serial: this.serial,
          decisionId: body.decisionId,
          sealed: false,
          anonymity: "off",
          current: new Map(),
        });
        return;
      case "decision.removed":
        this.live.delete(body.decisionId);
        return;
      case "decision.configured": {
        const instance = this.live.get(body.decisionId);
        if (instance) {
          instance.sealed = body.sealed;
          instance.current.clear();
        }
        return;
      }
      case "decision.anonymitySet": {
        const instance = this.live.get(body.decisionId);
        if (instance) instance.anonymity = body.anonymity;
        return;
      }
      case "option.added":
        this.use("option", `${body.decisionId}/${body.optionId}`);
        return;
      case "criterion.added":
        this.use("criterion", body.criterionId);
        return;
      case "annotation.added":
        this.use("annotation", body.annotationId);
        return;
      case "decision.roundStarted":
        this.live.get(body.decisionId)?.current.clear();
        return;
      case "ballot.cast":
      case "ballot.retracted":
      case "decision.revealed":
        this.observeBallot(event, body.decisionId);
        return;
      default:
        return;
    }
  }

  private observeBallot(event: RoomEvent, decisionId: string): void {
    const instance = this.live.get(decisionId);
    if (!instance) throw new Error(`model: seq ${event.seq} is about no live decision`);
    this.secrets.set(event.seq, {
      seq: event.seq,
      instance: instance.serial,
      voterId: event.actorId,
      sealed: instance.sealed,
      anonymous: instance.anonymity !== "off",
      revealedAt: null,
      marker:
        event.body.type === "ballot.cast" &&
        event.body.ballot.mode === "consent" &&
        event.body.ballot.reason !== ""
          ? event.body.ballot.reason
          : null,
      salt: event.body.type === "ballot.cast" ? (event.body.salt ?? null) : null,
    });
    const { body } = event;
    if (body.type === "ballot.cast" && event.actorId !== null) {
      instance.current.set(event.actorId, event.seq);
    } else if (body.type === "ballot.retracted" && event.actorId !== null) {
      instance.current.delete(event.actorId);
    } else if (body.type === "decision.revealed") {
      for (const entry of body.ballots) {
        const cast = this.secrets.get(instance.current.get(entry.participantId) ?? -1);
        if (cast) cast.revealedAt = event.seq;
      }
    }
  }

  /** The markers (reasons, salts) of sealed casts, with when (if ever) each was revealed. */
  sealedMarkers(): { marker: string; revealedAt: number | null }[] {
    return [...this.secrets.values()].flatMap((secret) =>
      secret.sealed
        ? [secret.marker, secret.salt].flatMap((marker) =>
            marker === null ? [] : [{ marker, revealedAt: secret.revealedAt }],
          )
        : [],
    );
  }

  /** Seq of the cast behind `voterId`'s current ballot on the decision, if any. */
  currentCast(decisionId: string, voterId: string): Secret | undefined {
    const seq = this.live.get(decisionId)?.current.get(voterId);
    return seq === undefined ? undefined : this.secrets.get(seq);
  }

  private use(kind: IdKind, id: string): void {
    this.used.get(kind)?.add(id);
  }

  /** The model's own rule: an add naming an id ever used before is never accepted. */
  checkIdRule(command: CommandBody, outcome: Rejection | null): string | null {
    const reuse = this.reusedId(command);
    if (reuse === null) return null;
    if (outcome === null) return `${command.type} reused ${reuse} and was accepted`;
    return null;
  }

  private reusedId(command: CommandBody): string | null {
    const seen = (kind: IdKind, id: string) => (this.used.get(kind)?.has(id) ? id : null);
    switch (command.type) {
      case "decision.add":
        return seen("decision", command.decisionId);
      case "option.add":
        return seen("option", `${command.decisionId}/${command.optionId}`);
      case "criterion.add":
        return seen("criterion", command.criterionId);
      case "annotation.add":
        return seen("annotation", command.annotationId);
      default:
        return null;
    }
  }
}
