// Errors on the wire: a const object of codes, the union derived from it, and one error
// class. Anything else thrown is normalised into INTERNAL, keeping its cause for the logs
// but never its message for the wire.
import { type Rejection, RULE_CODES } from "@stackboard/core";
import { z } from "zod";

export const ERROR_CODES = {
  // Why the domain refused a command: the rules of core.
  ...RULE_CODES,
  ROOM_NOT_FOUND: "ROOM_NOT_FOUND",
  /** The command does not match its schema. */
  INVALID_COMMAND: "INVALID_COMMAND",
  /** Any other payload or request body does not match its schema. */
  INVALID_REQUEST: "INVALID_REQUEST",
  /** A room message before a successful `join`. */
  NOT_JOINED: "NOT_JOINED",
  /** A bad or forged participant token or facilitator key. */
  UNAUTHORIZED: "UNAUTHORIZED",
  /** Someone new to a room with a passphrase gave none. */
  PASSPHRASE_REQUIRED: "PASSPHRASE_REQUIRED",
  /** ... or the wrong one. */
  PASSPHRASE_WRONG: "PASSPHRASE_WRONG",
  /** Someone new to a room with a lobby must knock and be admitted before joining. */
  LOBBY_REQUIRED: "LOBBY_REQUIRED",
  /** A knock on a room without a lobby: nothing to wait for, join instead. */
  NO_LOBBY: "NO_LOBBY",
  /** A facilitator removed this participant from the room. */
  REMOVED: "REMOVED",
  RATE_LIMITED: "RATE_LIMITED",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  CLIENT_TOO_OLD: "CLIENT_TOO_OLD",
  SERVER_TOO_OLD: "SERVER_TOO_OLD",
  STORE_UNAVAILABLE: "STORE_UNAVAILABLE",
  /** The room log moved on concurrently and the retry budget ran out. */
  CONFLICT: "CONFLICT",
  INTERNAL: "INTERNAL",
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

export const ErrorCodeSchema = z.enum(ERROR_CODES);

export const WireErrorSchema = z.strictObject({
  code: ErrorCodeSchema,
  message: z.string(),
});

export type WireError = z.infer<typeof WireErrorSchema>;

export class StackboardError extends Error {
  override readonly name = "StackboardError";
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  toWire(): WireError {
    return { code: this.code, message: this.message };
  }
}

/** The domain's refusal, as an error to answer the sender with. */
export function rejectionError(rejection: Rejection): StackboardError {
  return new StackboardError(rejection.code, rejection.message);
}

const INTERNAL_MESSAGE = "Something went wrong on our side.";

/** At a boundary: keeps a StackboardError, wraps anything else as INTERNAL. */
export function normaliseError(error: unknown): StackboardError {
  if (error instanceof StackboardError) return error;
  return new StackboardError(ERROR_CODES.INTERNAL, INTERNAL_MESSAGE, { cause: error });
}

const HTTP_STATUS: Record<ErrorCode, number> = {
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  ID_REUSED: 409,
  VOTING_NOT_OPEN: 409,
  VOTING_LOCKED: 409,
  INVALID_TRANSITION: 409,
  INVALID_BALLOT: 400,
  REASON_REQUIRED: 400,
  LIMIT_REACHED: 409,
  TOO_SOON: 429,
  DUPLICATE_COMMAND: 409,
  ROOM_NOT_FOUND: 404,
  INVALID_COMMAND: 400,
  INVALID_REQUEST: 400,
  NOT_JOINED: 403,
  UNAUTHORIZED: 401,
  PASSPHRASE_REQUIRED: 401,
  PASSPHRASE_WRONG: 401,
  LOBBY_REQUIRED: 403,
  NO_LOBBY: 409,
  REMOVED: 403,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  CLIENT_TOO_OLD: 426,
  SERVER_TOO_OLD: 426,
  STORE_UNAVAILABLE: 503,
  CONFLICT: 409,
  INTERNAL: 500,
};

export function httpStatusFor(code: ErrorCode): number {
  return HTTP_STATUS[code];
}

const MAX_ISSUES = 3;
// Issue messages can quote the input (e.g. an unrecognised key): keep the echo short.
const MAX_MESSAGE_LENGTH = 300;

/** A short human message from a ZodError: path and message of the first few issues. */
export function zodIssuesMessage(error: z.ZodError): string {
  const shown = error.issues.slice(0, MAX_ISSUES).map((issue) => {
    const path = issue.path.map((key) => String(key)).join(".");
    return path === "" ? issue.message : `${path}: ${issue.message}`;
  });
  const more = error.issues.length - shown.length;
  const message = more > 0 ? `${shown.join("; ")} (and ${more} more)` : shown.join("; ");
  return message.length > MAX_MESSAGE_LENGTH
    ? `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…`
    : message;
}

/**
 * Parses untrusted input at a boundary; on failure throws a StackboardError with `code`
 * (INVALID_COMMAND for commands, INVALID_REQUEST for the rest) and a short message.
 */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  code: ErrorCode = ERROR_CODES.INVALID_REQUEST,
): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new StackboardError(code, zodIssuesMessage(result.error), { cause: result.error });
}
