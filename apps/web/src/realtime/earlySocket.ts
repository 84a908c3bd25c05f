// The WebSocket index.html opens before the bundles arrive. For a returning voter its inline
// script dials the server at once, so on a slow link the handshake's round trip overlaps
// the download instead of following it; the first Socket.IO connection then adopts that
// socket (and the messages it kept) instead of dialling another. The script also asks for
// Socket.IO's default namespace as soon as the server greets it (the `40` the client would
// send next), so that round trip overlaps the download too; the client's own request for it
// then goes out as an engine.io no-op. A hint, not a rule: the app still decides whether to
// enter the room, and closes the socket if it does not.
import { WebSocket as WebSocketTransport } from "socket.io-client";

/** What the inline script leaves on `globalThis` (see index.html). */
export interface EarlySocket {
  ws: WebSocket;
  /** Messages that arrived before the app took the socket (pings are answered there). */
  messages: unknown[];
  /** Whether the script asked for the default namespace already (Socket.IO's CONNECT). */
  connectSent: boolean;
}

// `var`: how TypeScript types a property of globalThis that a plain script sets.
declare global {
  var __stackboardEarlySocket: EarlySocket | undefined;
}

const CONNECTING = 0;
const OPEN = 1;

/** An engine.io packet as the transport writes it. */
interface EnginePacket {
  type: string;
  data?: unknown;
}

/** Socket.IO's CONNECT to the default namespace without auth, as engine.io carries it. */
const isDefaultConnect = (packet: EnginePacket) => packet.type === "message" && packet.data === "0";

/**
 * `packets` without the first CONNECT to the default namespace, which becomes a no-op (the
 * server ignores it; dropping the packet instead would leave engine.io waiting for a drain).
 */
export function withoutDefaultConnect(packets: EnginePacket[]): EnginePacket[] | null {
  const index = packets.findIndex(isDefaultConnect);
  return index < 0 ? null : packets.with(index, { type: "noop" });
}

/** Path without its trailing slash, and every query parameter: what names an endpoint. */
function endpointOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    const query = [...parsed.searchParams].sort(([a], [b]) => a.localeCompare(b));
    const path = parsed.pathname.replace(/\/$/, "");
    return `${parsed.protocol}//${parsed.host}${path}?${new URLSearchParams(query)}`;
  } catch {
    return null;
  }
}

/** Whether a socket dialled to `dialled` is the one a transport would dial to `wanted`. */
export function sameEndpoint(dialled: string, wanted: string): boolean {
  const a = endpointOf(dialled);
  return a !== null && a === endpointOf(wanted);
}

/** Takes the early socket for `uri`, once: null when there is none, or it is gone or elsewhere. */
export function claimEarlySocket(uri: string): EarlySocket | null {
  const early = globalThis.__stackboardEarlySocket;
  globalThis.__stackboardEarlySocket = undefined;
  if (early === undefined) return null;
  const alive = early.ws.readyState === CONNECTING || early.ws.readyState === OPEN;
  if (alive && sameEndpoint(early.ws.url, uri)) return early;
  early.ws.close();
  return null;
}

/** The app did not enter a room at once: the early socket has no one to serve. */
export function releaseEarlySocket(): void {
  globalThis.__stackboardEarlySocket?.ws.close();
  globalThis.__stackboardEarlySocket = undefined;
}

/**
 * engine.io-client's WebSocket transport, which takes the early socket instead of dialling
 * when it is there. An open one has already had its `onopen` and first messages: they are
 * replayed once engine.io listens to the transport (it does right after `open()` returns).
 */
export class EarlyWebSocketTransport extends WebSocketTransport {
  private adopted: EarlySocket | null = null;
  /** The script asked for the default namespace: the client's own request is not sent. */
  private connectSent = false;

  override createSocket(
    uri: string,
    protocols: string | string[] | undefined,
    opts: Record<string, unknown>,
  ): WebSocket {
    this.adopted = claimEarlySocket(uri);
    return this.adopted?.ws ?? super.createSocket(uri, protocols, opts);
  }

  override doOpen(): this {
    super.doOpen();
    const early = this.adopted;
    this.adopted = null;
    this.connectSent = early?.connectSent === true;
    if (early === null || early.ws.readyState !== OPEN) return this;
    queueMicrotask(() => {
      if (this.readyState !== "opening") return;
      this.onOpen();
      for (const message of early.messages) {
        // A message may close the transport (engine.io's "close" packet): stop there.
        if (!this.isOpen()) return;
        this.onData(message as string);
      }
    });
    return this;
  }

  override write(packets: EnginePacket[]): void {
    const sent = this.connectSent ? withoutDefaultConnect(packets) : null;
    if (sent !== null) this.connectSent = false;
    super.write(sent ?? packets);
  }

  private isOpen(): boolean {
    return this.readyState === "open";
  }
}
