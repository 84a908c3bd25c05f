// Where a webhook may go. A facilitator types the URL, so without a check the server would
// POST wherever it is told: its own loopback, the cloud's metadata service (169.254.169.254),
// the office network. Only public unicast addresses pass, unless the operator allows private
// ones (WEBHOOK_ALLOW_PRIVATE, e.g. for a receiver on the same host). The address checked is
// the address connected to: the lookup below answers the socket, so a name that resolves to a
// public address for the check and a private one for the connection (DNS rebinding) cannot
// slip through.
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";

/** A target the policy refuses: no delivery is attempted, and none will be. */
export class TargetRefused extends Error {
  override readonly name = "TargetRefused";
}

/** Public unicast only: not loopback, private, link-local, unique-local, CGNAT, reserved, ... */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6") {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) parsed = v6.toIPv4Address();
  }
  return parsed.range() === "unicast";
}

const bare = (hostname: string): string => hostname.replace(/^\[|\]$/g, "");

/**
 * Refuses what can be refused without a lookup: another scheme, a user name or password in
 * the URL, a private IP literal. Names are checked again at every connection (`guardedLookup`).
 */
export function checkTarget(url: URL, allowPrivate: boolean): void {
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new TargetRefused("Only http and https webhooks are sent.");
  }
  if (url.username !== "" || url.password !== "") {
    throw new TargetRefused("A webhook URL may not carry a user name or password.");
  }
  const host = bare(url.hostname);
  if (allowPrivate) return;
  if (isIP(host) !== 0 && !isPublicAddress(host)) {
    throw new TargetRefused(`${host} is not a public address.`);
  }
  if (host === "localhost" || host.endsWith(".localhost")) {
    throw new TargetRefused(`${host} is not a public address.`);
  }
}

/** `dns.lookup` for http.request that refuses a name resolving to any non-public address. */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    const all: LookupAllOptions = { ...options, all: true };
    dnsLookup(hostname, all, (error, addresses: LookupAddress[]) => {
      if (error) {
        callback(error, "", 0);
        return;
      }
      const refused = allowPrivate ? undefined : addresses.find((a) => !isPublicAddress(a.address));
      if (refused || addresses.length === 0) {
        const reason = refused ? `${hostname} resolves to ${refused.address}` : "no address";
        callback(new TargetRefused(`${reason}, not a public address.`), "", 0);
        return;
      }
      if (options.all) {
        (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
        return;
      }
      const first = addresses[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };
}
