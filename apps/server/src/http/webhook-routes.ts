// A room's webhooks over REST, for its facilitators only: the facilitator key, or the pass
// of someone who is a facilitator of the room right now (a co-facilitator, or whoever the
// creator handed facilitation to). Answers are private: they name where the room's news goes.
import {
  type CreateWebhookResponse,
  FacilitatorKeySchema,
  ParticipantTokenSchema,
  ROOM_ACCESS_HEADERS,
  StackboardError,
  WEBHOOK_PATHS,
  type WebhookDeliveriesResponse,
  type WebhooksResponse,
} from "@stackboard/contracts";
import { findMember } from "@stackboard/core";
import { type Request, type Response, Router } from "express";
import type { RoomService } from "../rooms/room-service.ts";
import { secretMatches, sha256 } from "../rooms/secrets.ts";
import type { WebhookService } from "../webhooks/service.ts";
import { roomIdOf } from "./room-access.ts";

export function webhookRoutes(deps: { rooms: RoomService; webhooks: WebhookService }): Router {
  const router = Router();
  const { rooms, webhooks } = deps;

  const facilitatorRoom = async (request: Request, response: Response): Promise<string> => {
    response.set("Cache-Control", "private, no-store");
    const roomId = roomIdOf(request);
    const state = await rooms.state(roomId);
    const meta = await rooms.store.getMeta(roomId);
    if (!meta) throw new StackboardError("ROOM_NOT_FOUND", "There is no room with this id.");
    const key = FacilitatorKeySchema.safeParse(request.get(ROOM_ACCESS_HEADERS.facilitatorKey));
    if (key.success && secretMatches(key.data, meta.facilitatorKeyHash)) return roomId;
    const token = ParticipantTokenSchema.safeParse(
      request.get(ROOM_ACCESS_HEADERS.participantToken),
    );
    if (token.success) {
      const participantId = await rooms.store.findParticipantByToken(roomId, sha256(token.data));
      if (findMember(state, participantId)?.role === "facilitator") return roomId;
    }
    throw new StackboardError("UNAUTHORIZED", "Only the room's facilitators manage its webhooks.");
  };

  router.get(WEBHOOK_PATHS.webhooks, async (request, response) => {
    const roomId = await facilitatorRoom(request, response);
    const body: WebhooksResponse = { webhooks: await webhooks.hooks.list(roomId) };
    response.json(body);
  });

  router.post(WEBHOOK_PATHS.webhooks, async (request, response) => {
    const roomId = await facilitatorRoom(request, response);
    const body: CreateWebhookResponse = await webhooks.hooks.add(roomId, request.body);
    response.status(201).json(body);
  });

  router.get(WEBHOOK_PATHS.deliveries, async (request, response) => {
    const roomId = await facilitatorRoom(request, response);
    const body: WebhookDeliveriesResponse = { deliveries: await webhooks.deliveries(roomId) };
    response.json(body);
  });

  router.delete(WEBHOOK_PATHS.webhook, async (request, response) => {
    const roomId = await facilitatorRoom(request, response);
    await webhooks.hooks.remove(roomId, String(request.params.webhookId));
    response.status(204).end();
  });

  return router;
}
