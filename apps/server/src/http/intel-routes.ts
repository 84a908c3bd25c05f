// Exports beyond the record: a tech-radar sheet of the settled choices, one MADR file per
// decision, and the ballots as CSV. Each is rendered from the state as an outside viewer
// sees it (redacted and anonymized), so sealed ballots stay sealed and anonymous voters hidden.
import { RoomIdSchema, StackboardError } from "@stackboard/contracts";
import {
  anonymizeState,
  findDecision,
  redactState,
  renderBallotsCsv,
  renderMadrFile,
  renderRadarCsv,
  slug,
} from "@stackboard/core";
import { type Request, Router } from "express";
import type { RoomService } from "../rooms/room-service.ts";

const roomIdOf = (request: Request): string => {
  const parsed = RoomIdSchema.safeParse(request.params.roomId);
  if (!parsed.success)
    throw new StackboardError("ROOM_NOT_FOUND", "There is no room with this id.");
  return parsed.data;
};

export function intelRoutes(deps: { rooms: RoomService }): Router {
  const router = Router();
  // As an anonymous viewer sees it: sealed ballots sealed, anonymous voters under keys.
  const viewerState = async (request: Request) => {
    const roomId = roomIdOf(request);
    const keyOf = deps.rooms.ballotKeys(roomId);
    return anonymizeState(redactState(await deps.rooms.state(roomId), null), null, keyOf);
  };

  router.get("/api/rooms/:roomId/export.radar.csv", async (request, response) => {
    const state = await viewerState(request);
    response
      .type("text/csv; charset=utf-8")
      .attachment(`${slug(state.title)}-radar.csv`)
      .send(renderRadarCsv(state));
  });

  router.get("/api/rooms/:roomId/export.ballots.csv", async (request, response) => {
    const state = await viewerState(request);
    response
      .type("text/csv; charset=utf-8")
      .attachment(`${slug(state.title)}-ballots.csv`)
      .send(renderBallotsCsv(state));
  });

  router.get("/api/rooms/:roomId/decisions/:decisionId/export.md", async (request, response) => {
    const state = await viewerState(request);
    const decisionId = String(request.params.decisionId);
    if (!findDecision(state, decisionId)) {
      response
        .status(404)
        .json({ error: { code: "NOT_FOUND", message: "No decision with this id in the room." } });
      return;
    }
    const file = renderMadrFile(state, decisionId, { now: Date.now() });
    response.type("text/markdown; charset=utf-8").attachment(file.fileName).send(file.content);
  });

  return router;
}
