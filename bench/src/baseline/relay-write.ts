// B1's only extra work: the Redis write the app makes per command, done before the ack
// and the broadcast. One Lua script shaped like the app's APPEND
// (apps/server/src/store/redis/scripts.ts): look the command id up, take the room's next
// seq, add the event to the room's stream, remember the command id — minus the app's
// PUBLISH, because here the adapter publishes the broadcast (B0 and B1 alike). Keys share
// the room's hash tag, as the app's do.
import { Redis } from "ioredis";

const APPEND = `
local seen = redis.call('HGET', KEYS[3], ARGV[2])
if seen then return tonumber(seen) end
local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
redis.call('XADD', KEYS[2], seq .. '-0', 'e', ARGV[1])
redis.call('HSET', KEYS[3], ARGV[2], seq)
return seq
`;

export interface RelayWrite {
  /** Appends the event JSON; resolves with the room's new seq. */
  append(roomId: string, commandId: string, eventJson: string): Promise<number>;
  close(): Promise<void>;
}

export function createRelayWrite(redisUrl: string): RelayWrite {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
  redis.defineCommand("relayAppend", { numberOfKeys: 3, lua: APPEND });
  // defineCommand adds the method at run time (EVALSHA, EVAL on NOSCRIPT); ioredis cannot
  // type it, so it is declared here once.
  const call = redis as unknown as {
    relayAppend(
      meta: string,
      log: string,
      cmds: string,
      event: string,
      id: string,
    ): Promise<number>;
  };
  return {
    append: (roomId, commandId, eventJson) => {
      const base = `relay:{${roomId}}`;
      return call.relayAppend(`${base}:meta`, `${base}:log`, `${base}:cmds`, eventJson, commandId);
    },
    close: async () => {
      await redis.quit();
    },
  };
}
