// What the address says about facilitation: no key, a well-formed key, or an `fk=` part
// that is no key at all (cut short when pasted, say), which must not pass in silence.
import { readFacilitatorFragment } from "@stackboard/contracts";

export type LinkKey = { kind: "none" } | { kind: "key"; key: string } | { kind: "malformed" };

export function linkKey(hash: string): LinkKey {
  const key = readFacilitatorFragment(hash);
  if (key !== null) return { kind: "key", key };
  const named = hash
    .replace(/^#/, "")
    .split("&")
    .some((part) => part === "fk" || part.startsWith("fk="));
  return named ? { kind: "malformed" } : { kind: "none" };
}

/**
 * The link's key did not make this browser facilitator: it is malformed, or the room
 * refused it (the portal then forgets it, so the stored key no longer matches).
 */
export function linkKeyRefused(hash: string, storedKey: string | null): boolean {
  const link = linkKey(hash);
  return link.kind === "malformed" || (link.kind === "key" && storedKey !== link.key);
}
