// What a room log records: one strict schema per core `EventBody` variant, built from the
// one vocabulary (`vocabulary.ts`), and the log entry around it. Clients parse what the
// server sends too: a broken or foreign server gets a clear error instead of a corrupted
// board.
import { z } from "zod";
import { TimestampSchema } from "./domain.ts";
import { CommandIdSchema, IdSchema } from "./ids.ts";
import { EVENT_FIELDS, strictUnion } from "./vocabulary.ts";

export { RevealedBallotSchema } from "./vocabulary.ts";

export const EventBodySchema = strictUnion(EVENT_FIELDS);

/** One entry of a room's log, as the server assigned it. */
export const RoomEventSchema = z.strictObject({
  seq: z.int().min(1),
  at: TimestampSchema,
  actorId: IdSchema.nullable(),
  commandId: CommandIdSchema.nullable(),
  body: EventBodySchema,
});
