// The few REST calls the client makes; everything live goes over the socket.
import {
  API_PATHS,
  type CreateRoomRequest,
  type CreateRoomResponse,
  CreateRoomResponseSchema,
  ErrorResponseSchema,
  type RoomSnapshotResponse,
  RoomSnapshotResponseSchema,
  roomExportPath,
  roomPath,
} from "@stackboard/contracts";

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

async function readJson(response: Response): Promise<unknown> {
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body;
  const parsed = ErrorResponseSchema.safeParse(body);
  if (parsed.success) {
    throw new ApiError(parsed.data.error.code, parsed.data.error.message, response.status);
  }
  throw new ApiError("INTERNAL", `The server answered ${response.status}.`, response.status);
}

export async function createRoom(request: CreateRoomRequest): Promise<CreateRoomResponse> {
  const response = await fetch(API_PATHS.rooms, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(request),
  });
  return CreateRoomResponseSchema.parse(await readJson(response));
}

/** The room as an anonymous viewer sees it, or null when there is no such room. */
export async function fetchRoom(roomId: string): Promise<RoomSnapshotResponse | null> {
  const response = await fetch(roomPath(roomId), { headers: { accept: "application/json" } });
  if (response.status === 404) return null;
  return RoomSnapshotResponseSchema.parse(await readJson(response));
}

export const exportUrl = (roomId: string, format: "md" | "json"): string =>
  roomExportPath(roomId, format);
