// How a node shutting down lets its sockets go: each gets `closing` (come back after a
// pause) and the disconnect packet, and its connection is closed only once those have gone
// out. Socket.IO's own close discards what is still buffered, and a client that misses the
// disconnect packet sees a dropped line (and retries at once) instead of the server's word.
import { settlesWithin } from "../lifecycle/settles.ts";
import type { AppServer } from "./types.ts";

export async function closeSocketsGently(
  io: AppServer,
  reconnectAfterMs: number,
  flushTimeoutMs: number,
): Promise<void> {
  const connections = new Set([...io.of("/").sockets.values()].map((socket) => socket.conn));
  // `local`: with the Redis adapter a bare emit or disconnectSockets reaches every node.
  io.local.emit("closing", { reconnectAfterMs });
  io.local.disconnectSockets();
  const closed = [...connections].map(
    (connection) =>
      new Promise<void>((resolve) => {
        if (connection.readyState === "closed") {
          resolve();
          return;
        }
        connection.once("close", () => resolve());
        connection.close(); // after its buffer drains (not close(true), which discards it)
      }),
  );
  await settlesWithin(Promise.all(closed), flushTimeoutMs);
}
