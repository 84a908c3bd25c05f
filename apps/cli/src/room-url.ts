// Which room a link names: the server's origin and the room id, from the room link people
// paste (`https://host/r/<id>`, or any page under it), and the facilitator key if the link
// is the facilitator's (`#fk=...`; the fragment never leaves this machine except as the
// header the API asks for).
import { RoomIdSchema, readFacilitatorFragment } from "@stackboard/contracts";

export interface RoomRef {
  origin: string;
  roomId: string;
  facilitatorKey: string | null;
}

export class UsageError extends Error {
  override readonly name = "UsageError";
}

export function parseRoomUrl(text: string): RoomRef {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`Not a room link: ${text}`);
  }
  const match = /^\/r\/([^/]+)(?:\/.*)?$/.exec(url.pathname);
  const roomId = RoomIdSchema.safeParse(decodeURIComponent(match?.[1] ?? ""));
  if ((url.protocol !== "https:" && url.protocol !== "http:") || !roomId.success) {
    throw new UsageError(`Not a room link (expected https://<server>/r/<room id>): ${text}`);
  }
  return {
    origin: url.origin,
    roomId: roomId.data,
    facilitatorKey: readFacilitatorFragment(url.hash),
  };
}
