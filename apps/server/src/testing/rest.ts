// Test support: the REST calls tests make against a server node. Every answer goes through
// `apiFetch`, which checks it against the OpenAPI document before the test sees it.
import type { CreateRoomResponse, RoomSnapshot, RoomSnapshotResponse } from "@stackboard/contracts";
import { OpenApiValidator } from "./openapi-validator.ts";

let validator: OpenApiValidator | null = null;

/**
 * `fetch`, plus a check of the answer against the OpenAPI document (operation, status,
 * media type, body schema): a route or an answer the document does not describe fails the
 * test that received it. The body can still be read from the returned response.
 */
export async function apiFetch(input: string | URL, init?: RequestInit): Promise<Response> {
  const response = await fetch(input, init);
  const url = new URL(input);
  validator ??= new OpenApiValidator();
  validator.check({
    method: init?.method ?? "GET",
    path: url.pathname,
    status: response.status,
    contentType: response.headers.get("content-type"),
    body: await response.clone().text(),
  });
  return response;
}

/** For what is not REST — the web app's pages, the docs viewer's files, /metrics: not checked. */
export const fetchAsset = (url: string, init?: RequestInit): Promise<Response> => fetch(url, init);

export async function createRoom(
  baseUrl: string,
  title: string,
  template?: string,
): Promise<CreateRoomResponse> {
  const response = await apiFetch(`${baseUrl}/api/rooms`, {
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
  const response = await apiFetch(`${baseUrl}/api/rooms/${roomId}`, { headers });
  if (response.status !== 200) {
    throw new Error(`get room: ${response.status} ${await response.text()}`);
  }
  const body = (await response.json()) as RoomSnapshotResponse;
  if (!("state" in body)) throw new Error("get room: only the gated room's door was served");
  return body;
}

export async function readyStatus(baseUrl: string): Promise<number> {
  const response = await apiFetch(`${baseUrl}/readyz`);
  await response.body?.cancel();
  return response.status;
}
