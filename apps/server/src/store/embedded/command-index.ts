// The command ids of a room's latest events, so that a retry is answered as a duplicate.
//
// Kept as 30-bit hashes (small integers: the GC has nothing to mark or copy per entry)
// rather than as the ids' strings, which were a million old-generation objects for 100
// busy rooms. A hash says only "maybe": the room reads the event at that seq and compares
// its command id. An id whose hash is already taken by another id of the window is kept
// exactly, by its string, so no two ids ever share an entry.
import { randomInt } from "node:crypto";

export type CommandHash = (commandId: string) => number;

/** FNV-1a over UTF-16 code units, seeded at random (each room its own), so that nobody can
 * pick ids that collide on purpose. */
export function seededCommandHash(seed = randomInt(2 ** 30)): CommandHash {
  return (commandId) => {
    let hash = 0x811c9dc5 ^ seed;
    for (let i = 0; i < commandId.length; i += 1) {
      hash = Math.imul(hash ^ commandId.charCodeAt(i), 0x01000193);
    }
    return hash & 0x3fffffff;
  };
}

/** Where a command id may be in the log. */
export type CommandLookup =
  | { kind: "unknown" }
  /** The id is this seq's, for certain. */
  | { kind: "exact"; seq: number }
  /** Another id may share the hash: the event at `seq` tells. */
  | { kind: "maybe"; seq: number };

export const UNKNOWN_COMMAND: CommandLookup = { kind: "unknown" };

export class CommandIndex {
  /** Hash → seq of the first id in the window with that hash, in seq order. */
  private readonly byHash = new Map<number, number>();
  /** Ids whose hash another id of the window held when they came, in seq order. */
  private readonly exact = new Map<string, number>();
  private readonly hash: CommandHash;

  constructor(hash: CommandHash = seededCommandHash()) {
    this.hash = hash;
  }

  get size(): number {
    return this.byHash.size + this.exact.size;
  }

  lookup(commandId: string): CommandLookup {
    const exact = this.exact.get(commandId);
    if (exact !== undefined) return { kind: "exact", seq: exact };
    const seq = this.byHash.get(this.hash(commandId));
    return seq === undefined ? UNKNOWN_COMMAND : { kind: "maybe", seq };
  }

  /** Whether the id is surely not in the window (the usual case, decided without a read). */
  surelyUnknown(commandId: string): boolean {
    return !this.byHash.has(this.hash(commandId)) && !this.exact.has(commandId);
  }

  /** Adds an id the window does not hold, at a seq above every seq added before. */
  add(commandId: string, seq: number): void {
    const hash = this.hash(commandId);
    if (this.byHash.has(hash)) this.exact.set(commandId, seq);
    else this.byHash.set(hash, seq);
  }

  /** Takes back the id added at `seq` (its event was never written). */
  remove(commandId: string, seq: number): void {
    if (this.exact.get(commandId) === seq) this.exact.delete(commandId);
    const hash = this.hash(commandId);
    if (this.byHash.get(hash) === seq) this.byHash.delete(hash);
  }

  /** Forgets ids of events before `firstSeq`, oldest first. */
  forgetBefore(firstSeq: number): void {
    for (const [hash, seq] of this.byHash) {
      if (seq >= firstSeq) break;
      this.byHash.delete(hash);
    }
    for (const [commandId, seq] of this.exact) {
      if (seq >= firstSeq) break;
      this.exact.delete(commandId);
    }
  }
}
