// The Lua scripts of the Redis webhook store. Each touches one room's keys (one hash tag)
// or only the cluster-wide due index, never both: Redis Cluster may put them on different
// shards. A delivery's state is one small string, `status|attempts|nextAttemptAt|leaseUntil`
// (an empty nextAttemptAt is null), kept beside its fixed part so that no script has to
// parse or re-encode the JSON body it never changes.

/** KEYS: hooks, meta. ARGV: id, json, max. → -1 unknown room, 0 full, 1 added. */
export const ADD_HOOK = `
if redis.call('EXISTS', KEYS[2]) == 0 then return -1 end
if redis.call('HLEN', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1
`;

/**
 * KEYS: seen, deliveries, log. ARGV: key, fixed json, state, kept. → 0 seen before, 1 new.
 * The log keeps the newest `kept` deliveries and every pending one.
 */
export const ENQUEUE = `
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2], ARGV[1] .. '#s', ARGV[3])
redis.call('LPUSH', KEYS[3], ARGV[1])
local older = redis.call('LRANGE', KEYS[3], tonumber(ARGV[4]), -1)
for _, key in ipairs(older) do
  local state = redis.call('HGET', KEYS[2], key .. '#s')
  if not state or string.sub(state, 1, 8) ~= 'pending|' then
    redis.call('LREM', KEYS[3], 1, key)
    redis.call('HDEL', KEYS[2], key, key .. '#s', key .. '#h')
  end
end
return 1
`;

const PARSE_STATE = `
local function parse(state)
  local status, attempts, nextAt, leaseUntil = string.match(state, '^([^|]*)|([^|]*)|([^|]*)|([^|]*)$')
  return status, tonumber(attempts), nextAt, tonumber(leaseUntil)
end
local function num(n) return string.format('%.0f', n) end
`;

/**
 * KEYS: deliveries. ARGV: key, now, leaseMs.
 * → {'gone'} | {'later', at} | {'job', fixed json, state, history json or false}
 */
export const LEASE = `${PARSE_STATE}
local state = redis.call('HGET', KEYS[1], ARGV[1] .. '#s')
if not state then return {'gone'} end
local status, attempts, nextAt, leaseUntil = parse(state)
if status ~= 'pending' then return {'gone'} end
local now = tonumber(ARGV[2])
local notBefore = math.max(tonumber(nextAt) or now, leaseUntil)
if notBefore > now then return {'later', num(notBefore)} end
local leased = status .. '|' .. attempts .. '|' .. nextAt .. '|' .. num(now + tonumber(ARGV[3]))
redis.call('HSET', KEYS[1], ARGV[1] .. '#s', leased)
return {'job', redis.call('HGET', KEYS[1], ARGV[1]), leased, redis.call('HGET', KEYS[1], ARGV[1] .. '#h')}
`;

/** KEYS: deliveries. ARGV: key, status, nextAt ('' for none), attempt json, kept. */
export const SETTLE = `${PARSE_STATE}
local state = redis.call('HGET', KEYS[1], ARGV[1] .. '#s')
if not state then return 0 end
local _, attempts = parse(state)
redis.call('HSET', KEYS[1], ARGV[1] .. '#s', ARGV[2] .. '|' .. (attempts + 1) .. '|' .. ARGV[3] .. '|0')
local stored = redis.call('HGET', KEYS[1], ARGV[1] .. '#h')
local history = stored and cjson.decode(stored) or {}
table.insert(history, cjson.decode(ARGV[4]))
while #history > tonumber(ARGV[5]) do table.remove(history, 1) end
redis.call('HSET', KEYS[1], ARGV[1] .. '#h', cjson.encode(history))
return 1
`;

/** KEYS: due. ARGV: now, leaseMs, limit. → members due, each moved `leaseMs` later. */
export const CLAIM_DUE = `
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
local later = tonumber(ARGV[1]) + tonumber(ARGV[2])
for _, member in ipairs(due) do redis.call('ZADD', KEYS[1], 'XX', later, member) end
return due
`;
