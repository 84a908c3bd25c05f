// Who a request comes from, for every per-address limit (room creation, command budget,
// passphrase guesses): one rule for express and Socket.IO alike. The peer is the client
// unless it is a proxy we were told to trust (TRUST_PROXY); then X-Forwarded-For is read
// from the right, and the first address a trusted proxy did not add is the client.
// `proxy-addr` is the library express itself uses for its "trust proxy" setting.
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

/** Whether the hop at `address` (the i-th from us) is a proxy we trust to forward. */
export type TrustProxy = (address: string, hop: number) => boolean;

/** Nobody forwards for anybody: the peer is the client (the default). */
export const TRUST_NO_PROXY: TrustProxy = () => false;

/**
 * Addresses, CIDR subnets or the names `loopback`, `linklocal`, `uniquelocal`, as
 * proxy-addr reads them; an empty list trusts no proxy. Throws on a malformed entry.
 */
export function trustProxy(list: readonly string[]): TrustProxy {
  return list.length === 0 ? TRUST_NO_PROXY : proxyaddr.compile([...list]);
}

/** What both an HTTP request and a Socket.IO handshake know of where they came from. */
export interface PeerRequest {
  headers: IncomingHttpHeaders;
  socket: { remoteAddress?: string | undefined };
}

/** `::ffff:192.0.2.1` and `192.0.2.1` are one client (a dual-stack listener maps IPv4). */
const unmapped = (address: string): string =>
  address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");

export function clientAddress(request: PeerRequest, trust: TrustProxy): string {
  // proxy-addr reads only `headers["x-forwarded-for"]` and `socket.remoteAddress`.
  const address: string | undefined = proxyaddr(request as IncomingMessage, trust);
  return address ? unmapped(address) : "unknown";
}

/** A Socket.IO handshake's client, by the same rule (read once per socket). */
export function socketClientAddress(
  handshake: { headers: IncomingHttpHeaders; address: string },
  trust: TrustProxy,
): string {
  return clientAddress(
    { headers: handshake.headers, socket: { remoteAddress: handshake.address } },
    trust,
  );
}
