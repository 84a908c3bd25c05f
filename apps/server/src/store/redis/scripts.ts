// The Lua scripts that make each multi-step write atomic. Redis runs a script to the end
// before serving anything else, so two nodes appending to one room can never interleave:
// the script is the only sequencer. Scripts answer with tables rather than errors, so that
// any error reaching the caller is an infrastructure failure (see connection.ts).
//
// Scripts touch only keys passed in KEYS, all of one room's hash tag (cluster-safe). The
// room index set lives in another slot and is written outside the scripts.

/**
 * KEYS: meta, log, cmds. ARGV: roomId, createdAt, facilitatorKeyHash, event JSON (seq 1),
 * commandId ('' for none), channel. Returns 1 when created, 0 when the room exists.
 */
export const CREATE_ROOM = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'roomId', ARGV[1], 'createdAt', ARGV[2],
  'facilitatorKeyHash', ARGV[3], 'seq', 1)
redis.call('XADD', KEYS[2], '1-0', 'e', ARGV[4])
if ARGV[5] ~= '' then redis.call('HSET', KEYS[3], ARGV[5], 1) end
redis.call('PUBLISH', ARGV[6], ARGV[4])
return 1
`;

/**
 * KEYS: meta, log, cmds. ARGV: expectedSeq ('' to append at the end whatever the last seq),
 * commandId ('' for none), the event's JSON without its seq (an object literal), channel.
 *
 * 1. an unknown room answers {'missing'};
 * 2. a known command id answers {'duplicate', <the original event's JSON>}, whatever
 *    expectedSeq is (a retry usually carries a stale one);
 * 3. a log whose last seq is not expectedSeq answers {'conflict', <last seq>};
 * 4. otherwise the event is appended as entry `<seq>-0`, the last seq and the command id
 *    are recorded and the event is published on the room's channel: {'appended'}.
 * The script never parses JSON: it puts `"seq":<seq>,` in front of the event's other fields.
 */
export const APPEND = `
if redis.call('EXISTS', KEYS[1]) == 0 then return {'missing'} end
if ARGV[2] ~= '' then
  local seen = redis.call('HGET', KEYS[3], ARGV[2])
  if seen then
    local entries = redis.call('XRANGE', KEYS[2], seen .. '-0', seen .. '-0')
    return {'duplicate', entries[1][2][2]}
  end
end
local last = tonumber(redis.call('HGET', KEYS[1], 'seq'))
if ARGV[1] ~= '' and last ~= tonumber(ARGV[1]) then return {'conflict', tostring(last)} end
local seq = last + 1
local event = '{"seq":' .. seq .. ',' .. string.sub(ARGV[3], 2)
redis.call('XADD', KEYS[2], seq .. '-0', 'e', event)
redis.call('HSET', KEYS[1], 'seq', seq)
if ARGV[2] ~= '' then redis.call('HSET', KEYS[3], ARGV[2], seq) end
redis.call('PUBLISH', ARGV[4], event)
return {'appended', event}
`;

/**
 * KEYS: meta, snapshot. ARGV: seq, state JSON. Keeps only the newest snapshot: with many
 * nodes saving, a slower node must not replace a newer snapshot with an older one.
 * Returns 'saved', 'older' (a newer one is kept), 'ahead' (beyond the log) or 'missing'.
 */
export const SAVE_SNAPSHOT = `
local head = tonumber(redis.call('HGET', KEYS[1], 'seq'))
if not head then return 'missing' end
local seq = tonumber(ARGV[1])
if seq > head then return 'ahead' end
local kept = tonumber(redis.call('HGET', KEYS[2], 'seq'))
if kept and kept > seq then return 'older' end
redis.call('HSET', KEYS[2], 'seq', ARGV[1], 'state', ARGV[2])
return 'saved'
`;

/** KEYS: meta, tokens. ARGV: tokenHash, participantId. Returns 0 for an unknown room. */
export const SAVE_TOKEN = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
return 1
`;

/** KEYS: tokens. ARGV: participantId. Deletes every token of that participant. */
export const REMOVE_TOKENS = `
local entries = redis.call('HGETALL', KEYS[1])
local removed = 0
for i = 1, #entries, 2 do
  if entries[i + 1] == ARGV[1] then
    redis.call('HDEL', KEYS[1], entries[i])
    removed = removed + 1
  end
end
return removed
`;

/**
 * KEYS: meta. ARGV: passphraseHash ('' to clear). Returns 0 for an unknown room, so that a
 * late write cannot leave a meta hash without a room behind.
 */
export const SET_PASSPHRASE = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if ARGV[1] == '' then
  redis.call('HDEL', KEYS[1], 'passphraseHash')
else
  redis.call('HSET', KEYS[1], 'passphraseHash', ARGV[1])
end
return 1
`;

// Presence entries expire by Redis's clock (TIME), so nodes with skewed clocks agree.
const NOW_MS = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
`;

/**
 * KEYS: presence. ARGV: lifetimeMs, then field, status pairs. Sets each entry to
 * `status|expiresAt` and lets the whole hash expire after two lifetimes without a write,
 * so a room whose every node died leaves nothing behind.
 */
export const PRESENCE_SET = `${NOW_MS}
local lifetime = tonumber(ARGV[1])
for i = 2, #ARGV, 2 do
  redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1] .. '|' .. (now + lifetime))
end
redis.call('PEXPIRE', KEYS[1], lifetime * 2)
return 1
`;

/** KEYS: presence. Returns live field, status pairs and deletes the expired entries. */
export const PRESENCE_ROSTER = `${NOW_MS}
local all = redis.call('HGETALL', KEYS[1])
local live = {}
for i = 1, #all, 2 do
  local value = all[i + 1]
  local bar = string.find(value, '|', 1, true)
  local expires = bar and tonumber(string.sub(value, bar + 1))
  if expires and expires > now then
    live[#live + 1] = all[i]
    live[#live + 1] = string.sub(value, 1, bar - 1)
  else
    redis.call('HDEL', KEYS[1], all[i])
  end
end
return live
`;
