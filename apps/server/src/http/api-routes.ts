// The REST API: open a room, read it, export its record, read the catalog.

import {
  API_PATHS,
  CreateRoomRequestSchema,
  type CreateRoomResponse,
  facilitatorFragment,
  type GatedRoomView,
  type RoomSnapshot,
  roomUrlPath,
  StackboardError,
  zodIssuesMessage,
} from "@stackboard/contracts";
import { renderRoomRecordMarkdown, TECHNOLOGIES, TEMPLATES } from "@stackboard/core";
import { Router } from "express";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { clientAddress, type TrustProxy } from "../client-address.ts";
import { sha256Base64url } from "../rooms/commitments.ts";
import { createRoom } from "../rooms/create-room.ts";
import { exportJson, outsiderState } from "../rooms/outsider-view.ts";
import type { RoomService } from "../rooms/room-service.ts";
import { readRoom, readRoomOrRefuse } from "./room-access.ts";

export interface ApiDeps {
  rooms: RoomService;
  publicUrl: string;
  roomCreationLimiter: RateLimiterAbstract;
  trustProxy: TrustProxy;
}

/** File names from user titles: letters, digits and dashes only. */
const fileNameFor = (title: string, extension: string): string => {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `${slug || "stackboard"}-decision-record.${extension}`;
};

export function apiRoutes(deps: ApiDeps): Router {
  const router = Router();
  const { rooms } = deps;

  router.post(API_PATHS.rooms, async (request, response) => {
    const parsed = CreateRoomRequestSchema.safeParse(request.body);
    if (!parsed.success)
      throw new StackboardError("INVALID_REQUEST", zodIssuesMessage(parsed.error));
    try {
      await deps.roomCreationLimiter.consume(clientAddress(request, deps.trustProxy));
    } catch (rejection) {
      if (rejection instanceof Error) throw rejection;
      throw new StackboardError(
        "RATE_LIMITED",
        "Too many rooms opened from here; try again later.",
      );
    }
    const { roomId, facilitatorKey } = await createRoom(rooms.store, parsed.data, Date.now());
    const roomUrl = `${deps.publicUrl}${roomUrlPath(roomId)}`;
    const body: CreateRoomResponse = {
      roomId,
      roomUrl,
      facilitatorUrl: `${roomUrl}${facilitatorFragment(facilitatorKey)}`,
      facilitatorKey,
    };
    response.status(201).json(body);
  });

  router.get(API_PATHS.room, async (request, response) => {
    const { roomId, state, allowed } = await readRoom(rooms, request, response);
    if (!allowed) {
      // A gated room shows an outsider only its door: the join page greets them by title.
      const door: GatedRoomView = { roomId, gated: true, title: state.title };
      response.json(door);
      return;
    }
    const snapshot: RoomSnapshot = {
      roomId,
      seq: state.seq,
      state: outsiderState(state, rooms.ballotKeys(roomId)),
    };
    response.json(snapshot);
  });

  router.get(API_PATHS.roomExportMarkdown, async (request, response) => {
    const { roomId, state: full } = await readRoomOrRefuse(rooms, request, response);
    const state = outsiderState(full, rooms.ballotKeys(roomId));
    response
      .type("text/markdown; charset=utf-8")
      .attachment(fileNameFor(state.title, "md"))
      .send(renderRoomRecordMarkdown(state, { now: Date.now(), hashOf: sha256Base64url }));
  });

  router.get(API_PATHS.roomExportJson, async (request, response) => {
    const { roomId, state: full } = await readRoomOrRefuse(rooms, request, response);
    const events = await rooms.readAll(roomId);
    response
      .type("application/json; charset=utf-8")
      .attachment(fileNameFor(full.title, "json"))
      .send(exportJson(full, events, rooms.ballotKeys(roomId)));
  });

  router.get(API_PATHS.catalog, (_request, response) => {
    response.set("Cache-Control", "public, max-age=300").json({ technologies: TECHNOLOGIES });
  });

  router.get(API_PATHS.templates, (_request, response) => {
    response.set("Cache-Control", "public, max-age=300").json({ templates: TEMPLATES });
  });

  router.use("/api", (_request, response) => {
    response.status(404).json({ error: { code: "NOT_FOUND", message: "No such API route." } });
  });
  return router;
}
