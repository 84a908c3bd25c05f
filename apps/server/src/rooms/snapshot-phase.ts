// When a room's first snapshot after loading falls due. Every room snapshots each
// `snapshotEvery` events; rooms that were created together and see the same traffic would
// all reach that count in the same second, and their snapshots (a JSON of the state plus an
// atomic file replace each) would stall the event loop together. Each room's first snapshot
// therefore comes up to half an interval early, by an amount fixed by its id, which spreads
// the rooms' snapshots evenly over the interval from then on.

/** Events before the usual count at which `roomId`'s first snapshot falls due: 0 ≤ lead <
 * snapshotEvery / 2 (always 0 for an interval under 4). */
export function snapshotLead(roomId: string, snapshotEvery: number): number {
  const span = Math.floor(snapshotEvery / 2);
  return span < 1 ? 0 : fnv1a(roomId) % span;
}

/** FNV-1a over the id's UTF-16 code units: cheap, stable across nodes and restarts. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
