// Why the domain refuses an event. The wire's error codes include every one of these.
export const RULE_CODES = {
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  ALREADY_EXISTS: "ALREADY_EXISTS",
  /** The id belonged to something removed from the room: ids are never given out twice. */
  ID_REUSED: "ID_REUSED",
  VOTING_NOT_OPEN: "VOTING_NOT_OPEN",
  VOTING_LOCKED: "VOTING_LOCKED",
  INVALID_TRANSITION: "INVALID_TRANSITION",
  INVALID_BALLOT: "INVALID_BALLOT",
  /** A consent block must say why. */
  REASON_REQUIRED: "REASON_REQUIRED",
  LIMIT_REACHED: "LIMIT_REACHED",
  /** Again too soon (a nudge within `NUDGE_INTERVAL_MS` of the last one). */
  TOO_SOON: "TOO_SOON",
  DUPLICATE_COMMAND: "DUPLICATE_COMMAND",
} as const;

export type RuleCode = (typeof RULE_CODES)[keyof typeof RULE_CODES];

export interface Rejection {
  code: RuleCode;
  message: string;
}

export const reject = (code: RuleCode, message: string): Rejection => ({ code, message });
