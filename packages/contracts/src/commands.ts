// What a client may ask for: one strict schema per core `CommandBody` variant, built from
// the one vocabulary (`vocabulary.ts`).
import { z } from "zod";
import { CommandIdSchema, RoomIdSchema } from "./ids.ts";
import { COMMAND_FIELDS, strictUnion } from "./vocabulary.ts";

export const CommandBodySchema = strictUnion(COMMAND_FIELDS);

/** A command as sent: the client-made id makes a retry apply once. */
export const CommandEnvelopeSchema = z.strictObject({
  commandId: CommandIdSchema,
  roomId: RoomIdSchema,
  command: CommandBodySchema,
});

export type CommandEnvelope = z.infer<typeof CommandEnvelopeSchema>;
