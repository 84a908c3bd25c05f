// What the header says about who is here: the head count, or "Reconnecting…" while the
// connection is lost and until a fresh roster came back (an old count would be a guess).
import type { ConnectionStatus } from "../store/connectionStore.ts";

export type HeadCount = { kind: "reconnecting" } | { kind: "count"; count: number };

const LOST: readonly ConnectionStatus[] = ["reconnecting", "offline", "failed"];

export function headCount(
  status: ConnectionStatus,
  presenceStale: boolean,
  online: number,
): HeadCount {
  return LOST.includes(status) || presenceStale
    ? { kind: "reconnecting" }
    : { kind: "count", count: online };
}
