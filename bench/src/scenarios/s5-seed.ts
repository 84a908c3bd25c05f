// S5's long histories, made the way a meeting makes them: through the app's own REST API
// and socket protocol, on a server of its own that is stopped afterwards (the measured
// runs then start on the same data directory, cold). The bench imports no server code: it
// sees the app only from the outside, like any client. Each room: the facilitator sets up
// one open pick decision, the voters and joiners join once (a participant and a token
// each), then one of the voters changes their ballot until the log holds `history` events.
// The app takes its own snapshots on the way (every 500 events, and at shutdown).
import { type BenchClient, ballot, newSeedClient, ROOM_SETUP } from "../generator/bench-client.ts";
import { inBatches } from "../generator/worker-state.ts";
import { startTarget, type Target } from "../targets/target.ts";

export interface SeededRoom {
  roomId: string;
  history: number;
  facilitatorKey: string;
  voterTokens: string[];
  joinerTokens: string[];
}

/** Ballots in flight at once while seeding (the room batches them into group commits). */
const IN_FLIGHT = 128;

export async function seedRooms(
  dataDir: string,
  histories: readonly number[],
  voters: number,
  joiners: number,
): Promise<SeededRoom[]> {
  const target = await startTarget({ kind: "app", nodes: 1, redisUrl: null, dataDir });
  try {
    const rooms: SeededRoom[] = [];
    for (const history of histories) {
      rooms.push(await seedRoom(target, history, voters, joiners));
    }
    return rooms;
  } finally {
    await target.stop();
  }
}

async function seedRoom(
  target: Target,
  history: number,
  voters: number,
  joiners: number,
): Promise<SeededRoom> {
  const ref = await target.createRoom(`History ${history}`);
  const url = target.nodes[0]?.url ?? "";
  const client = (index: number, options: { facilitatorKey?: string; token?: string } = {}) =>
    newSeedClient(url, ref.roomId, index, options);

  const facilitator = await joined(client(0, { facilitatorKey: ref.facilitatorKey ?? "" }));
  for (const [step, command] of ROOM_SETUP.entries()) {
    await mustAck(facilitator, `seedsetup${step}x`, command);
  }
  facilitator.close();

  const tokens: string[] = new Array(voters + joiners);
  const people = Array.from({ length: voters + joiners }, (_unused, index) => index);
  await inBatches(people, 16, async (index) => {
    const person = await joined(client(index + 1));
    tokens[index] = person.participantToken ?? "";
    person.close();
  });

  const caster = await joined(client(1, { token: tokens[0] ?? "" }));
  try {
    let last = caster.lastSeq;
    let tickets = Math.max(0, history - last);
    let next = 0;
    const lane = async () => {
      while (tickets > 0) {
        tickets -= 1;
        const n = next;
        next += 1;
        last = Math.max(
          last,
          await mustAck(caster, `seed${n.toString(36).padStart(7, "0")}`, ballot(n)),
        );
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
    return {
      roomId: ref.roomId,
      history: last,
      facilitatorKey: ref.facilitatorKey ?? "",
      voterTokens: tokens.slice(0, voters),
      joinerTokens: tokens.slice(voters),
    };
  } finally {
    caster.close();
  }
}

async function joined(client: BenchClient): Promise<BenchClient> {
  await client.connect();
  const result = await client.join();
  if (!result.ok) throw new Error(`seeding: join refused: ${result.error.code}`);
  return client;
}

/** Sends a command and returns its seq; anything but an acknowledgement ends the seeding. */
async function mustAck(
  client: BenchClient,
  commandId: string,
  command: Parameters<BenchClient["command"]>[1],
): Promise<number> {
  const result = await client.command(commandId, command);
  if (!result.ok) throw new Error(`seeding: ${command.type} refused: ${result.error.code}`);
  return result.seq;
}
