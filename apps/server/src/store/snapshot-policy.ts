// When the room service should save a snapshot: the store saves, the service decides.

/** Events between snapshots unless configured otherwise. */
export const DEFAULT_SNAPSHOT_EVERY = 500;

/** True once the log has grown `every` events past the last snapshot (0 turns them off). */
export function isSnapshotDue(latestSeq: number, snapshotSeq: number, every: number): boolean {
  return every > 0 && latestSeq - snapshotSeq >= every;
}
