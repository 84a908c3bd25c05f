// The schemas must infer exactly core's types: a drift on either side fails here.
import type {
  Ballot,
  CommandBody,
  CriterionSeed,
  EventBody,
  RevealedBallot,
  Role,
  RoomEvent,
  RoomState,
  Technology,
  Template,
  TemplateDecisionSeed,
} from "@stackboard/core";
import type { Server } from "socket.io";
import type { Socket as ClientSocket } from "socket.io-client";
import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import {
  type BallotSchema,
  type ClientToServerEvents,
  type CommandBodySchema,
  type CommandEnvelope,
  type CommandResult,
  type CriterionSeedSchema,
  type ErrorCode,
  type EventBodySchema,
  type EventMessage,
  type InterServerEvents,
  type JoinRequest,
  type JoinResult,
  type PresenceMessage,
  type PresenceUpdate,
  type RevealedBallotSchema,
  type RoleSchema,
  type RoomEventSchema,
  type RoomStateSchema,
  type ServerToClientEvents,
  SOCKET_EVENTS,
  type SocketData,
  type SyncRequest,
  type SyncResult,
  type TechnologySchema,
  type TemplateDecisionSeedSchema,
  type TemplateSchema,
  type WireError,
} from "./index.ts";

describe("schemas infer core's types", () => {
  it("commands and events", () => {
    expectTypeOf<z.infer<typeof CommandBodySchema>>().toEqualTypeOf<CommandBody>();
    expectTypeOf<z.infer<typeof EventBodySchema>>().toEqualTypeOf<EventBody>();
    expectTypeOf<z.infer<typeof RoomEventSchema>>().toEqualTypeOf<RoomEvent>();
    expectTypeOf<z.infer<typeof RevealedBallotSchema>>().toEqualTypeOf<RevealedBallot>();
  });

  it("state and ballots", () => {
    expectTypeOf<z.infer<typeof RoomStateSchema>>().toEqualTypeOf<RoomState>();
    expectTypeOf<z.infer<typeof BallotSchema>>().toEqualTypeOf<Ballot>();
    expectTypeOf<z.infer<typeof RoleSchema>>().toEqualTypeOf<Role>();
  });

  it("catalog and seeds", () => {
    expectTypeOf<z.infer<typeof CriterionSeedSchema>>().toEqualTypeOf<CriterionSeed>();
    expectTypeOf<
      z.infer<typeof TemplateDecisionSeedSchema>
    >().toEqualTypeOf<TemplateDecisionSeed>();
    expectTypeOf<z.infer<typeof TechnologySchema>>().toEqualTypeOf<Technology>();
    expectTypeOf<z.infer<typeof TemplateSchema>>().toEqualTypeOf<Template>();
  });
});

describe("errors", () => {
  it("wire errors carry exactly the error codes", () => {
    expectTypeOf<WireError["code"]>().toEqualTypeOf<ErrorCode>();
  });
});

describe("socket maps", () => {
  it("carry the schemas' types", () => {
    expectTypeOf<Parameters<ClientToServerEvents["command"]>[0]>().toEqualTypeOf<CommandEnvelope>();
    expectTypeOf<Parameters<ClientToServerEvents["join"]>[0]>().toEqualTypeOf<JoinRequest>();
    expectTypeOf<Parameters<ClientToServerEvents["sync"]>[0]>().toEqualTypeOf<SyncRequest>();
    expectTypeOf<Parameters<ClientToServerEvents["presence"]>[0]>().toEqualTypeOf<PresenceUpdate>();
    expectTypeOf<Parameters<ServerToClientEvents["event"]>[0]>().toEqualTypeOf<EventMessage>();
    expectTypeOf<
      Parameters<ServerToClientEvents["presence"]>[0]
    >().toEqualTypeOf<PresenceMessage>();
    expectTypeOf<
      Parameters<Parameters<ClientToServerEvents["join"]>[1]>[0]
    >().toEqualTypeOf<JoinResult>();
    expectTypeOf<
      Parameters<Parameters<ClientToServerEvents["command"]>[1]>[0]
    >().toEqualTypeOf<CommandResult>();
    expectTypeOf<
      Parameters<Parameters<ClientToServerEvents["sync"]>[1]>[0]
    >().toEqualTypeOf<SyncResult>();
  });

  it("name every event in SOCKET_EVENTS", () => {
    type Named = (typeof SOCKET_EVENTS)[keyof typeof SOCKET_EVENTS];
    expectTypeOf<keyof ClientToServerEvents | keyof ServerToClientEvents>().toEqualTypeOf<Named>();
  });

  // Never called: it only has to compile against socket.io's own generics.
  function wireServer(
    io: Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>,
  ): void {
    io.on("connection", (socket) => {
      expectTypeOf(socket.data).toEqualTypeOf<SocketData>();
      socket.on(SOCKET_EVENTS.command, (payload, ack) => {
        expectTypeOf(payload).toEqualTypeOf<CommandEnvelope>();
        ack({ ok: true, seq: 1, duplicate: false });
      });
      socket.emit(SOCKET_EVENTS.presence, { roomId: "r", participants: [] });
    });
  }

  function wireClient(socket: ClientSocket<ServerToClientEvents, ClientToServerEvents>): void {
    socket.on(SOCKET_EVENTS.event, (payload) => {
      expectTypeOf(payload).toEqualTypeOf<EventMessage>();
    });
    socket.emit(SOCKET_EVENTS.sync, { roomId: "r", afterSeq: 0 }, (result) => {
      expectTypeOf(result).toEqualTypeOf<SyncResult>();
    });
  }

  it("fit socket.io's Server and client Socket generics", () => {
    expectTypeOf(wireServer).toBeFunction();
    expectTypeOf(wireClient).toBeFunction();
  });
});
