// The socket and REST shapes: a few pins on what other teams code against.
import { emptyRoom, reduceAll } from "@stackboard/core";
import { describe, expect, it } from "vitest";
import {
  CreateRoomRequestSchema,
  facilitatorFragment,
  RoomSnapshotResponseSchema,
  readFacilitatorFragment,
  roomExportPath,
  roomPath,
  roomUrlPath,
} from "./rest.ts";
import { EVENT_SAMPLES, ROOM_ID } from "./samples.ts";
import {
  CommandResultSchema,
  JoinRequestSchema,
  JoinResultSchema,
  PresenceUpdateSchema,
  SyncResultSchema,
} from "./socket.ts";

const KEY = "k".repeat(43);

describe("join", () => {
  const join = {
    protocolVersion: 1,
    roomId: ROOM_ID,
    name: "Ada",
    role: "voter",
    participantToken: null,
    facilitatorKey: KEY,
    lastSeq: 0,
  };

  it("accepts a first join and refuses asking for facilitator", () => {
    expect(JoinRequestSchema.parse(join)).toEqual(join);
    expect(JoinRequestSchema.safeParse({ ...join, role: "facilitator" }).success).toBe(false);
    expect(JoinRequestSchema.safeParse({ ...join, lastSeq: -1 }).success).toBe(false);
    expect(JoinRequestSchema.safeParse({ ...join, participantToken: "short" }).success).toBe(false);
  });

  it("answers with events or a snapshot, or an error", () => {
    const events = [
      { seq: 1, at: 0, actorId: null, commandId: null, body: EVENT_SAMPLES["room.created"] },
    ];
    const ok = {
      ok: true,
      participantId: "p1",
      participantToken: KEY,
      role: "facilitator",
      serverTime: 5,
      catchUp: { kind: "events", events },
    };
    expect(JoinResultSchema.parse(ok)).toEqual(ok);
    const failed = { ok: false, error: { code: "ROOM_NOT_FOUND", message: "No such room." } };
    expect(JoinResultSchema.parse(failed)).toEqual(failed);
    const unknownCode = { ok: false, error: { code: "TEAPOT", message: "" } };
    expect(JoinResultSchema.safeParse(unknownCode).success).toBe(false);
  });
});

describe("acks", () => {
  it("are unions on ok", () => {
    expect(CommandResultSchema.parse({ ok: true, seq: 3, duplicate: true }).ok).toBe(true);
    expect(CommandResultSchema.safeParse({ ok: true, error: null }).success).toBe(false);
    expect(SyncResultSchema.parse({ ok: true, catchUp: { kind: "events", events: [] } }).ok).toBe(
      true,
    );
  });

  it("presence from a client is online or away, never offline", () => {
    expect(PresenceUpdateSchema.safeParse({ roomId: ROOM_ID, status: "away" }).success).toBe(true);
    expect(PresenceUpdateSchema.safeParse({ roomId: ROOM_ID, status: "offline" }).success).toBe(
      false,
    );
  });
});

describe("REST", () => {
  it("creates a room with or without a template", () => {
    expect(CreateRoomRequestSchema.parse({ title: " Stack " })).toEqual({ title: "Stack" });
    expect(CreateRoomRequestSchema.safeParse({ title: "S", template: "web-backend" }).success).toBe(
      true,
    );
    expect(CreateRoomRequestSchema.safeParse({ title: "" }).success).toBe(false);
  });

  it("answers a room read with the snapshot or, for a gated room, only its door", () => {
    const state = reduceAll(emptyRoom(), [
      { seq: 1, at: 0, actorId: null, commandId: null, body: EVENT_SAMPLES["room.created"] },
    ]);
    const snapshot = { roomId: ROOM_ID, seq: 1, state };
    expect(RoomSnapshotResponseSchema.parse(snapshot)).toEqual(snapshot);
    const door = { roomId: ROOM_ID, gated: true, title: state.title };
    expect(RoomSnapshotResponseSchema.parse(door)).toEqual(door);
    // The door carries nothing of the board, and a snapshot is never half a door.
    expect(RoomSnapshotResponseSchema.safeParse({ ...door, state }).success).toBe(false);
    expect(RoomSnapshotResponseSchema.safeParse({ ...door, gated: false }).success).toBe(false);
    expect(RoomSnapshotResponseSchema.safeParse({ ...snapshot, gated: true }).success).toBe(false);
  });

  it("builds paths and reads the facilitator fragment", () => {
    expect(roomPath(ROOM_ID)).toBe(`/api/rooms/${ROOM_ID}`);
    expect(roomExportPath(ROOM_ID, "md")).toBe(`/api/rooms/${ROOM_ID}/export.md`);
    expect(roomUrlPath(ROOM_ID)).toBe(`/r/${ROOM_ID}`);
    expect(facilitatorFragment(KEY)).toBe(`#fk=${KEY}`);
    expect(readFacilitatorFragment(facilitatorFragment(KEY))).toBe(KEY);
    expect(readFacilitatorFragment(`#x=1&fk=${KEY}`)).toBe(KEY);
    expect(readFacilitatorFragment("#fk=bad")).toBeNull();
    expect(readFacilitatorFragment("")).toBeNull();
  });
});
