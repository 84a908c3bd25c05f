// Test support: two rooms fed the same commands but for one secret, to show that no view
// depends on it (non-interference). "sealed": world B casts something else wherever one
// voter casts into a sealed decision; until a reveal shows that voter's ballot, every view
// of everyone else must be the same in both worlds. "anonymity": world B swaps two voters'
// ballots on anonymous decisions; every view of everyone else must be the same once ballot
// keys are named by role ("the first voter's key") rather than by value. World A's views
// are also checked against the model's oracles, for every viewer, after every event.
import {
  type Ballot,
  type CommandBody,
  checkBallot,
  checkConsentReason,
  type Decision,
  findDecision,
  type RoomEvent,
  type RoomState,
} from "@stackboard/core";
import { SecrecyModel } from "./model.ts";
import { eventLeak, stateLeak, textLeak, voterResolver } from "./oracles.ts";
import { CRITERIA, keyOf, PARTICIPANTS, VIEWERS, type View, viewsAfter, World } from "./world.ts";

export type Variation =
  | { kind: "sealed"; voter: string }
  | { kind: "anonymity"; first: string; second: string };

const START = 1_700_000_000_000;
const voterOf = voterResolver(PARTICIPANTS, keyOf);

export class Twin {
  readonly a = new World(START);
  readonly b = new World(START);
  readonly model = new SecrecyModel(PARTICIPANTS, CRITERIA);
  /** Views compared so far (a run that compares nothing proves nothing). */
  compared = 0;
  private at = START;
  private sent = 0;
  private comparing = true;
  private markers = 0;
  private readonly variation: Variation;
  private readonly compareViewers: readonly (string | null)[];
  private readonly namer: KeyNamer | null;

  constructor(variation: Variation) {
    this.variation = variation;
    const varied =
      variation.kind === "sealed" ? [variation.voter] : [variation.first, variation.second];
    this.compareViewers = VIEWERS.filter((viewer) => viewer === null || !varied.includes(viewer));
    this.namer =
      variation.kind === "anonymity" ? new KeyNamer(variation.first, variation.second) : null;
  }

  private canonical(text: string, world: "a" | "b"): string {
    return this.namer === null ? text : this.namer.name(text, world);
  }

  /** A unique consent reason, so a text export that shows it can be caught. */
  nextMarker(): string {
    this.markers += 1;
    return `rsn${this.markers}x`;
  }

  /**
   * A cast's commitment and salt, both 43 base64url characters. The commitment is public
   * (the same in both worlds); the salt is as secret as the ballot, so world B's differs.
   */
  nextProof(): { commitment: string; salt: string } {
    this.markers += 1;
    const serial = String(this.markers).padStart(8, "0");
    return { commitment: `commit${serial}`.padEnd(43, "c"), salt: `salt${serial}`.padEnd(43, "s") };
  }

  /** Sends `command` as `actorId` to both worlds and checks every view that results. */
  send(actorId: string, command: CommandBody): void {
    this.at += 1000;
    this.sent += 1;
    const commandId = `cmd-${this.sent.toString().padStart(6, "0")}`;
    const a = this.a.attempt(actorId, commandId, command, this.at);
    const idProblem = this.model.checkIdRule(command, a.rejection);
    if (idProblem) throw new Error(idProblem);
    const other = this.inWorldB(actorId, command, a.event !== null);
    const b = this.b.attempt(other.actorId, commandId, other.command, this.at);
    if ((a.event === null) !== (b.event === null)) {
      throw new Error(
        `${command.type} by ${actorId}: world A ${a.rejection?.code ?? "applied"}, ` +
          `world B ${b.rejection?.code ?? "applied"}: the secret changed what the log accepts`,
      );
    }
    if (a.event === null || b.event === null) return;
    this.model.observe(a.event);
    const viewsA = viewsAfter(this.a, { ...a, event: a.event }, VIEWERS);
    for (const view of viewsA) {
      const leak = this.leakIn(view, a.event.seq);
      if (leak) throw new Error(`${view.name}: ${leak}`);
    }
    if (this.reachesHorizon(a.event)) this.comparing = false;
    if (!this.comparing) return;
    const viewsB = viewsAfter(this.b, { ...b, event: b.event }, VIEWERS);
    for (const [index, view] of viewsA.entries()) {
      if (!this.compareViewers.includes(view.viewer)) continue;
      const left = this.canonical(view.text, "a");
      const right = this.canonical(viewsB[index]?.text ?? "", "b");
      if (left !== right) {
        throw new Error(
          `${view.name} for ${view.viewer} after seq ${a.event.seq} depends on the secret:\n` +
            firstDifference(left, right),
        );
      }
      this.compared += 1;
    }
  }

  private leakIn(view: View, time: number): string | null {
    for (const event of view.events) {
      const leak = eventLeak(this.model, view.viewer, time, event);
      if (leak) return leak;
    }
    if (view.state) {
      const leak = stateLeak(this.model, view.viewer, time, view.state, voterOf);
      if (leak) return leak;
    }
    return view.viewer === null ? textLeak(this.model, time, view.name, view.text) : null;
  }

  /** The command world B runs: the same, but for the one secret. */
  private inWorldB(
    actorId: string,
    command: CommandBody,
    appliedInA: boolean,
  ): { actorId: string; command: CommandBody } {
    const variation = this.variation;
    if (command.type !== "ballot.cast" && command.type !== "ballot.retract") {
      return { actorId, command };
    }
    const instance = this.model.instanceOf(command.decisionId);
    if (variation.kind === "anonymity") {
      if (instance === undefined || instance.anonymity === "off") return { actorId, command };
      this.namer?.swappedOn(command.decisionId);
      const swapped =
        actorId === variation.first
          ? variation.second
          : actorId === variation.second
            ? variation.first
            : actorId;
      return { actorId: swapped, command };
    }
    // Only a ballot world A took is a secret; a refused one is refused in both worlds.
    const secret =
      appliedInA &&
      command.type === "ballot.cast" &&
      actorId === variation.voter &&
      instance?.sealed;
    if (!secret || command.type !== "ballot.cast") {
      return { actorId, command };
    }
    const decision = findDecision(this.b.state, command.decisionId);
    const ballot = decision ? otherBallot(command.ballot, decision, this.b.state) : null;
    // The salt is a secret of the voter's too: world B's is another.
    const salt = command.salt === undefined ? {} : { salt: command.salt.replace(/s/g, "t") };
    return { actorId, command: ballot ? { ...command, ballot, ...salt } : command };
  }

  /** A reveal that shows the secret voter's ballot ends the sealed comparison. */
  private reachesHorizon(event: RoomEvent): boolean {
    const variation = this.variation;
    return (
      variation.kind === "sealed" &&
      event.body.type === "decision.revealed" &&
      event.body.ballots.some((entry) => entry.participantId === variation.voter)
    );
  }
}

/** A different valid ballot for the same decision: abstaining, or, for an abstention, a vote. */
function otherBallot(ballot: Ballot, decision: Decision, state: RoomState): Ballot | null {
  const first = decision.options[0]?.id;
  const candidates: Ballot[] =
    ballot.mode !== "abstain"
      ? [{ mode: "abstain" }]
      : [
          ...(first === undefined ? [] : [{ mode: "pick" as const, optionId: first }]),
          { mode: "dots", allocations: [] },
          { mode: "score", scores: [] },
          ...(first === undefined ? [] : [{ mode: "ranked" as const, ranking: [first] }]),
          { mode: "consent", stance: "object", reason: "" },
        ];
  return (
    candidates.find(
      (candidate) =>
        checkBallot(candidate, decision, state.criteria) === null &&
        checkConsentReason(candidate) === null,
    ) ?? null
  );
}

/**
 * Names the two voters' ballot keys (and their "Voter ABCD" aliases) by role, per world,
 * on the decisions whose ballots were swapped: elsewhere a key is no secret of this test
 * (a removed decision's ballots are keyed whatever it was) and stays as it is.
 */
class KeyNamer {
  private readonly first: string;
  private readonly second: string;
  private readonly decisionIds = new Set<string>();
  private maps = { a: new Map<string, string>(), b: new Map<string, string>() };
  private pattern: RegExp | null = null;

  constructor(first: string, second: string) {
    this.first = first;
    this.second = second;
  }

  swappedOn(decisionId: string): void {
    if (this.decisionIds.has(decisionId)) return;
    this.decisionIds.add(decisionId);
    for (const world of ["a", "b"] as const) {
      const [one, two] = world === "a" ? [this.first, this.second] : [this.second, this.first];
      for (const [participant, role] of [
        [one, "first"],
        [two, "second"],
      ] as const) {
        const key = keyOf(decisionId, participant);
        this.maps[world].set(key, `anon-${decisionId}-${role}`);
        this.maps[world].set(aliasOf(key), `Voter ${decisionId}-${role}`);
      }
    }
    if (this.maps.a.size !== this.decisionIds.size * 4) throw new Error("two keys share an alias");
    const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
    this.pattern = new RegExp([...this.maps.a.keys()].map(literal).join("|"), "g");
  }

  name(text: string, world: "a" | "b"): string {
    const pattern = this.pattern;
    if (pattern === null) return text;
    return text.replace(pattern, (found) => this.maps[world].get(found) ?? found);
  }
}

/** How the record shows a ballot key under "aliases" (core's `voterLabel`). */
const aliasOf = (key: string) => `Voter ${key.slice(5, 9).toUpperCase()}`;

function firstDifference(left: string, right: string): string {
  let index = 0;
  while (index < left.length && left[index] === right[index]) index += 1;
  const around = (text: string) => text.slice(Math.max(0, index - 120), index + 120);
  return `  A: …${around(left)}…\n  B: …${around(right)}…`;
}
