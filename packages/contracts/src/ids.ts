// Identifiers on the wire. Ids end up as object keys, Redis keys and URL segments, so
// they are plain ASCII and never a name that `Object.prototype` already owns.
import { z } from "zod";

/** `__proto__`, `constructor`, `toString`, ...: a client must not name a thing after them. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  "prototype",
]);

const notPrototypeKey = (id: string): boolean => !PROTOTYPE_KEYS.has(id);
const RESERVED = { message: "This id is reserved." };

/** Ids of participants, decisions, options, criteria, annotations, replies, catalog entries. */
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, "Ids are 1-64 letters, digits, '_' or '-'.")
  .refine(notPrototypeKey, RESERVED);

/** A client-made command id: long enough to be unique per client, so retries dedupe. */
export const CommandIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$/, "Command ids are 8-64 letters, digits, '_' or '-'.")
  .refine(notPrototypeKey, RESERVED);

/** Room ids are >=128-bit random base64url: the room link is the capability to join. */
export const RoomIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{22,64}$/, "Room ids are 22-64 base64url characters.");

/** The one room id rule, for code that checks before it builds a path or a key from one. */
export const isRoomId = (value: unknown): value is string => RoomIdSchema.safeParse(value).success;

const secret = (what: string) =>
  z.string().regex(/^[A-Za-z0-9_-]{22,128}$/, `${what} is 22-128 base64url characters.`);

/** Kept by the browser per room, so a reload or a second tab is the same participant. */
export const ParticipantTokenSchema = secret("A participant token");

/** The facilitator's secret; it rides in the URL fragment (`#fk=...`), never in a path. */
export const FacilitatorKeySchema = secret("A facilitator key");
