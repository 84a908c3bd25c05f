// The few REST calls the client makes; everything live goes over the socket.
import {
  API_PATHS,
  type CreateRoomRequest,
  type CreateRoomResponse,
  CreateRoomResponseSchema,
  ErrorResponseSchema,
  type RoomSnapshotResponse,
  RoomSnapshotResponseSchema,
  roomPath,
} from "@stackboard/contracts";
import { roomReadHeaders } from "./roomHeaders.ts";

export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly code: string;
  readonly status: number;

  constructor(code: string, message: string, status: number) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

/** The error a non-2xx answer carries, in the API's `{ error: { code, message } }` shape. */
export async function apiErrorOf(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = ErrorResponseSchema.safeParse(body);
  if (parsed.success) {
    return new ApiError(parsed.data.error.code, parsed.data.error.message, response.status);
  }
  return new ApiError("INTERNAL", `The server answered ${response.status}.`, response.status);
}

async function readJson(response: Response): Promise<unknown> {
  if (!response.ok) throw await apiErrorOf(response);
  return response.json().catch(() => null);
}

export async function createRoom(request: CreateRoomRequest): Promise<CreateRoomResponse> {
  const response = await fetch(API_PATHS.rooms, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(request),
  });
  return CreateRoomResponseSchema.parse(await readJson(response));
}

/**
 * The room as an anonymous viewer sees it, or null when there is no such room. A gated
 * room answers only its door (`{ gated: true, title }`) unless this browser is in it.
 */
export async function fetchRoom(roomId: string): Promise<RoomSnapshotResponse | null> {
  const response = await fetch(roomPath(roomId), {
    headers: { accept: "application/json", ...roomReadHeaders(roomId) },
  });
  if (response.status === 404) return null;
  return RoomSnapshotResponseSchema.parse(await readJson(response));
}

/** The room's title, whether the server showed the whole room or only its door. */
export const titleOf = (room: RoomSnapshotResponse): string =>
  "state" in room ? room.state.title : room.title;
