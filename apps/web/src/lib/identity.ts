// Who this browser is in each room: participant token, facilitator key, name and role,
// kept in localStorage so a reload or a second tab is the same person.
import { isRecord, type KeyValueStore, readJson, writeJson } from "./storage.ts";

export type JoinRole = "voter" | "observer";

export interface RoomIdentity {
  name: string;
  role: JoinRole;
  participantToken: string | null;
  facilitatorKey: string | null;
}

const NAME_KEY = "stackboard:name";
const roomKey = (roomId: string) => `stackboard:room:${roomId}`;

export function rememberedName(store: KeyValueStore): string {
  return store.getItem(NAME_KEY) ?? "";
}

export function rememberName(store: KeyValueStore, name: string): void {
  try {
    store.setItem(NAME_KEY, name);
  } catch {
    // Storage full or disabled: the name is asked again next time.
  }
}

export function loadIdentity(store: KeyValueStore, roomId: string): RoomIdentity | null {
  const value = readJson(store, roomKey(roomId));
  if (!isRecord(value)) return null;
  const { name, role, participantToken, facilitatorKey } = value;
  return {
    name: typeof name === "string" ? name : "",
    role: role === "observer" ? "observer" : "voter",
    participantToken: typeof participantToken === "string" ? participantToken : null,
    facilitatorKey: typeof facilitatorKey === "string" ? facilitatorKey : null,
  };
}

export function saveIdentity(store: KeyValueStore, roomId: string, identity: RoomIdentity): void {
  writeJson(store, roomKey(roomId), identity);
}

export function updateIdentity(
  store: KeyValueStore,
  roomId: string,
  change: Partial<RoomIdentity>,
): RoomIdentity {
  const current = loadIdentity(store, roomId) ?? {
    name: "",
    role: "voter",
    participantToken: null,
    facilitatorKey: null,
  };
  const next = { ...current, ...change };
  saveIdentity(store, roomId, next);
  return next;
}

/** An identity is enough to rejoin without asking when it has a name. */
export const canRejoin = (identity: RoomIdentity | null): identity is RoomIdentity =>
  identity !== null && identity.name.trim() !== "";
