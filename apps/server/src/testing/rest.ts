// Test support: the REST calls tests make against a server node.
import type { CreateRoomResponse, RoomSnapshot, RoomSnapshotResponse } from "@stackboard/contracts";

export async function createRoom(
  baseUrl: string,
  title: string,
  template?: string,
): Promise<CreateRoomResponse> {
  const response = await fetch(`${baseUrl}/api/rooms`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(template ? { title, template } : { title }),
  });
  if (response.status !== 201) {
    throw new Error(`create room: ${response.status} ${await response.text()}`);
  }
  return (await response.json()) as CreateRoomResponse;
}

/** The room's snapshot, read with `headers` (a gated room's credentials, if any). */
export async function getRoom(
  baseUrl: string,
  roomId: string,
  headers: Record<string, string> = {},
): Promise<RoomSnapshot> {
  const response = await fetch(`${baseUrl}/api/rooms/${roomId}`, { headers });
  if (response.status !== 200) {
    throw new Error(`get room: ${response.status} ${await response.text()}`);
  }
  const body = (await response.json()) as RoomSnapshotResponse;
  if (!("state" in body)) throw new Error("get room: only the gated room's door was served");
  return body;
}

export async function readyStatus(baseUrl: string): Promise<number> {
  const response = await fetch(`${baseUrl}/readyz`);
  await response.body?.cancel();
  return response.status;
}
