// The command ids a room remembers, so that a command retried after its event was applied
// is a no-op instead of a second event. Kept in chunks of RECENT_CHUNK ids, oldest first:
// every event makes a new state, and a new id copies only the last chunk, never the whole
// window (a copy of 256 ids per event was most of what the server kept alive per vote);
// a lookup asks one Set per full chunk instead of comparing against every id.
import { LIMITS } from "./limits.ts";

/** Ids per chunk. Every chunk but the last is full. */
export const RECENT_CHUNK = 32;
/** Full chunks kept besides the last one: the window holds at least LIMITS.recentCommandIds. */
const FULL_CHUNKS_KEPT = Math.ceil(LIMITS.recentCommandIds / RECENT_CHUNK);
/** The most chunks a state holds (for the wire's schema). */
export const RECENT_CHUNKS_MAX = FULL_CHUNKS_KEPT + 1;

/** Oldest chunk first; chunks are never changed once made, only replaced. */
export type RecentCommandIds = readonly (readonly string[])[];

/** The window with `commandId` added as the newest; the oldest full chunk leaves it whole. */
export function rememberCommand(recent: RecentCommandIds, commandId: string): string[][] {
  const last = recent.at(-1);
  if (last !== undefined && last.length < RECENT_CHUNK) {
    const next = recent.slice() as string[][];
    next[next.length - 1] = [...last, commandId];
    return next;
  }
  // The last chunk is full (or there is none): it joins the full ones, a new one starts.
  const next = recent.slice(Math.max(0, recent.length - FULL_CHUNKS_KEPT)) as string[][];
  next.push([commandId]);
  return next;
}

/** A chunk's ids as a Set, made once per full chunk (chunks never change). */
const fullChunkSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** Whether the window holds `commandId`. */
export function isRecentCommand(recent: RecentCommandIds, commandId: string): boolean {
  const lastIndex = recent.length - 1;
  for (let i = 0; i < lastIndex; i += 1) {
    const chunk = recent[i] as readonly string[];
    let ids = fullChunkSets.get(chunk);
    if (ids === undefined) {
      ids = new Set(chunk);
      fullChunkSets.set(chunk, ids);
    }
    if (ids.has(commandId)) return true;
  }
  // The newest chunk changes with every event: a Set would cost more than it saves.
  return lastIndex >= 0 && (recent[lastIndex] as readonly string[]).includes(commandId);
}

/** How many ids the window holds. */
export const recentCommandCount = (recent: RecentCommandIds): number =>
  recent.reduce((count, chunk) => count + chunk.length, 0);
