// Test support: a real HTTP server that receives webhooks, the way a team's endpoint would.
// It keeps every request (headers and the raw body, byte for byte) and answers as told:
// a status, or silence for a while (to outlast the sender's timeout).
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

/** What to answer one request: a status (after an optional delay), or a redirect. */
export type Reply = { status: number; delayMs?: number; location?: string };

export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private readonly server: Server;
  private readonly replies: Reply[] = [];
  private readonly waiters: (() => void)[] = [];

  private constructor(server: Server) {
    this.server = server;
  }

  static async start(): Promise<WebhookReceiver> {
    const receiver: WebhookReceiver = new WebhookReceiver(
      createServer((request, response) => {
        const chunks: Buffer[] = [];
        request.on("data", (chunk: Buffer) => chunks.push(chunk));
        request.on("end", () => {
          receiver.received.push({
            path: request.url ?? "",
            headers: request.headers,
            body: Buffer.concat(chunks).toString("utf8"),
            at: Date.now(),
          });
          for (const wake of receiver.waiters.splice(0)) wake();
          const reply = receiver.replies.shift() ?? { status: 204 };
          const answer = () => {
            if (response.destroyed) return;
            if (reply.location) response.setHeader("location", reply.location);
            response.statusCode = reply.status;
            response.end(reply.status >= 400 ? "receiver says no" : "");
          };
          if (reply.delayMs) setTimeout(answer, reply.delayMs).unref();
          else answer();
        });
      }),
    );
    await new Promise<void>((resolve) => receiver.server.listen(0, "127.0.0.1", resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The next requests get these answers, in order; then 204 again. */
  answer(...replies: Reply[]): void {
    this.replies.push(...replies);
  }

  /** Resolves once `count` requests (to `path`, if given) arrived. */
  async waitFor(count: number, path?: string, timeoutMs = 10_000): Promise<ReceivedWebhook[]> {
    const matching = () => this.received.filter((r) => path === undefined || r.path === path);
    const deadline = Date.now() + timeoutMs;
    while (matching().length < count) {
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(
          `expected ${count} webhooks${path ? ` at ${path}` : ""}, got ${matching().length}`,
        );
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return matching();
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
