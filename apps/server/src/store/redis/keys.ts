// The Redis key layout. Every key of a room carries the room id as its hash tag
// (`{roomId}`), so Redis Cluster keeps a room on one shard and a Lua script may touch all
// of a room's keys at once. Only the room index (`<prefix>:rooms`) and the deadlines
// (`<prefix>:deadlines`) span rooms.
//
//   <prefix>:{<roomId>}:meta      hash    roomId, createdAt, facilitatorKeyHash, seq (last),
//                                         passphraseHash (only while the room has one)
//   <prefix>:{<roomId>}:log       stream  entry id `<seq>-0`, field `e` = the event's JSON
//   <prefix>:{<roomId>}:cmds      hash    commandId -> seq
//   <prefix>:{<roomId>}:tokens    hash    sha256(participant token) -> participantId
//   <prefix>:{<roomId>}:snapshot  hash    seq, state (JSON)
//   <prefix>:{<roomId>}:presence  hash    `<nodeId>|<socketId>|<participantId>` -> `status|expiresAt`
//   <prefix>:{<roomId>}:events    pub/sub channel: each appended event's JSON
//   <prefix>:rooms                set     every room id
//   <prefix>:deadlines            zset    `[roomId, key]` (JSON) scored by when it is due

import { isRoomId } from "@stackboard/contracts";

/** The default prefix; tests pick their own so that runs sharing a server never meet. */
export const DEFAULT_KEY_PREFIX = "sb";

/** Checked before a key is built: a `}` or `:` in an id would move it out of its hash tag.
 * The wire's one rule (`RoomIdSchema`) allows neither. */
export const isValidRoomId = isRoomId;

export interface RoomKeys {
  meta: string;
  log: string;
  cmds: string;
  tokens: string;
  snapshot: string;
  presence: string;
  channel: string;
}

export class RedisKeys {
  readonly prefix: string;

  constructor(prefix: string = DEFAULT_KEY_PREFIX) {
    this.prefix = prefix;
  }

  get rooms(): string {
    return `${this.prefix}:rooms`;
  }

  get deadlines(): string {
    return `${this.prefix}:deadlines`;
  }

  /** The keys of one room; refuses an id that could break out of its hash tag. */
  room(roomId: string): RoomKeys {
    if (!isValidRoomId(roomId)) throw new Error(`Invalid room id ${JSON.stringify(roomId)}`);
    const base = `${this.prefix}:{${roomId}}`;
    return {
      meta: `${base}:meta`,
      log: `${base}:log`,
      cmds: `${base}:cmds`,
      tokens: `${base}:tokens`,
      snapshot: `${base}:snapshot`,
      presence: `${base}:presence`,
      channel: `${base}:events`,
    };
  }
}
