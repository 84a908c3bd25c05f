// Exports beyond the record: a tech-radar sheet of the settled choices, one MADR file per
// decision, and the ballots as CSV. Each is rendered from the state as an outside viewer
// sees it (redacted and anonymized), so sealed ballots stay sealed and anonymous voters hidden.
import {
  findDecision,
  renderBallotsCsv,
  renderMadrFile,
  renderRadarSheetCsv,
  slug,
} from "@stackboard/core";
import { type Request, type Response, Router } from "express";
import { sha256Base64url } from "../rooms/commitments.ts";
import { outsiderState } from "../rooms/outsider-view.ts";
import type { RoomService } from "../rooms/room-service.ts";
import { readRoomOrRefuse } from "./room-access.ts";

export function intelRoutes(deps: { rooms: RoomService }): Router {
  const router = Router();
  // As an anonymous viewer sees it: sealed ballots sealed, anonymous voters under keys.
  // A gated room is read only with a member's pass or the facilitator key (room-access.ts).
  const viewerState = async (request: Request, response: Response) => {
    const { roomId, state } = await readRoomOrRefuse(deps.rooms, request, response);
    return outsiderState(state, deps.rooms.ballotKeys(roomId));
  };

  router.get("/api/rooms/:roomId/export.radar.csv", async (request, response) => {
    const state = await viewerState(request, response);
    response
      .type("text/csv; charset=utf-8")
      .attachment(`${slug(state.title)}-radar.csv`)
      .send(renderRadarSheetCsv(state, state.radar));
  });

  router.get("/api/rooms/:roomId/export.ballots.csv", async (request, response) => {
    const state = await viewerState(request, response);
    response
      .type("text/csv; charset=utf-8")
      .attachment(`${slug(state.title)}-ballots.csv`)
      .send(renderBallotsCsv(state));
  });

  router.get("/api/rooms/:roomId/decisions/:decisionId/export.md", async (request, response) => {
    const state = await viewerState(request, response);
    const decisionId = String(request.params.decisionId);
    if (!findDecision(state, decisionId)) {
      response
        .status(404)
        .json({ error: { code: "NOT_FOUND", message: "No decision with this id in the room." } });
      return;
    }
    const file = renderMadrFile(state, decisionId, { now: Date.now(), hashOf: sha256Base64url });
    response.type("text/markdown; charset=utf-8").attachment(file.fileName).send(file.content);
  });

  return router;
}
