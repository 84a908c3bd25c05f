// The command ids a room remembers, so that a command retried after its event was applied
// is a no-op instead of a second event. Kept in chunks of RECENT_CHUNK ids, oldest first:
// every event makes a new state, and a new id copies only the last chunk, never the whole
// window (a copy of 256 ids per event was most of what the server kept alive per vote);
// a lookup asks one Set for the full chunks, shared by the states until the next chunk
// fills, instead of comparing against every id.
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

/** The ids of every chunk but the newest, as one Set, and the chunks it was made from. */
interface FullChunksIndex {
  readonly chunks: readonly (readonly string[])[];
  readonly ids: ReadonlySet<string>;
}

/**
 * Indexes by the second-newest chunk: the full chunks change only when a chunk fills up
 * (once per RECENT_CHUNK ids), so about 32 consecutive states share one index.
 */
const fullChunksIndexes = new WeakMap<readonly string[], FullChunksIndex>();

function fullChunksIndex(recent: RecentCommandIds): ReadonlySet<string> {
  const fullCount = recent.length - 1;
  const key = recent[fullCount - 1];
  if (key === undefined) return EMPTY;
  const known = fullChunksIndexes.get(key);
  // The same chunk could sit behind other older chunks in a window made by hand: check.
  if (known !== undefined && sameChunks(known.chunks, recent, fullCount)) return known.ids;
  const chunks = recent.slice(0, fullCount);
  const ids = new Set(chunks.flat());
  fullChunksIndexes.set(key, { chunks, ids });
  // The index before this one is superseded: its key chunk stays alive in the next eight
  // windows, and so would its Set (a server held 25 of them per room, 11 MB for 100 rooms).
  // An older state asked again (a replay) builds its index anew.
  const previousKey = recent[fullCount - 2];
  if (previousKey !== undefined) fullChunksIndexes.delete(previousKey);
  return ids;
}

const sameChunks = (
  indexed: readonly (readonly string[])[],
  recent: RecentCommandIds,
  count: number,
): boolean => {
  if (indexed.length !== count) return false;
  for (let i = 0; i < count; i += 1) if (indexed[i] !== recent[i]) return false;
  return true;
};

const EMPTY: ReadonlySet<string> = new Set();

/** Whether the window holds `commandId`. */
export function isRecentCommand(recent: RecentCommandIds, commandId: string): boolean {
  if (fullChunksIndex(recent).has(commandId)) return true;
  // The newest chunk changes with every event: a Set of it would cost more than it saves.
  return recent.at(-1)?.includes(commandId) === true;
}

/** How many ids the window holds. */
export const recentCommandCount = (recent: RecentCommandIds): number =>
  recent.reduce((count, chunk) => count + chunk.length, 0);
