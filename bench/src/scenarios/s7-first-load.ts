// S7 — the first load of the board on a slow link: the built app in real Chromium over
// DevTools' Fast 3G, a room with 4 decisions (the "Web backend" template, voting open on
// its pick decision), a returning voter; median of N cold loads: bytes on the wire, first
// contentful paint, board usable (first ballot button enabled). Also the server's start
// time to /readyz 200. "App" is this checkout; "baseline" is `--app-root`'s, when given
// (the app before a change), built and served the same way.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright";
import { io } from "socket.io-client";
import { REPO_ROOT } from "../lib/paths.ts";
import { median, ratio, round } from "../lib/stats.ts";
import { currentLoad } from "../report/machine.ts";
import { appRootDir } from "../targets/target.ts";
import { type AppServer, startAppServer } from "../web/app-server.ts";
import { buildWebApp } from "../web/build-web.ts";
import { type LoadFigures, measureLoad } from "../web/page-load.ts";
import type { RunContext, ScenarioResult } from "./types.ts";
import { plainRow } from "./verdict.ts";

export interface S7Sizes {
  loads: number;
  starts: number;
}

const TARGET_BYTES = 250 * 1024;
const TARGET_FCP_MS = 1000;
const TARGET_USABLE_MS = 3000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

interface FirstLoad {
  root: string;
  loads: LoadFigures[];
  startsMs: number[];
  bytes: number;
  fcpMs: number;
  usableMs: number;
  startMs: number;
}

/** The checkout's protocol version, so the bench's facilitator speaks to its server. */
async function protocolVersionOf(root: string): Promise<number> {
  const source = await readFile(join(root, "packages/contracts/src/protocol.ts"), "utf8");
  const match = /PROTOCOL_VERSION = (\d+)/.exec(source);
  if (!match?.[1]) throw new Error(`${root}: no PROTOCOL_VERSION`);
  return Number(match[1]);
}

/** A "Web backend" room (4 decisions) with voting open on "API style" (pick). */
async function votingRoom(root: string, url: string): Promise<string> {
  const created = await fetch(`${url}/api/rooms`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title: "First load", template: "web-backend" }),
  });
  if (created.status !== 201) throw new Error(`create room: ${created.status}`);
  const room = (await created.json()) as { roomId: string; facilitatorKey: string };
  const socket = io(url, { transports: ["websocket"], reconnection: false, forceNew: true });
  try {
    const joined = (await socket.timeout(10_000).emitWithAck("join", {
      protocolVersion: await protocolVersionOf(root),
      roomId: room.roomId,
      name: "Facilitator",
      role: "voter",
      participantToken: null,
      facilitatorKey: room.facilitatorKey,
      lastSeq: 0,
    })) as { ok: boolean };
    if (!joined.ok) throw new Error(`facilitator join refused: ${JSON.stringify(joined)}`);
    const opened = (await socket.timeout(10_000).emitWithAck("command", {
      roomId: room.roomId,
      commandId: `s7-open-${room.roomId.slice(0, 8)}`,
      command: { type: "decision.open", decisionId: "api-style" },
    })) as { ok: boolean };
    if (!opened.ok) throw new Error(`decision.open refused: ${JSON.stringify(opened)}`);
  } finally {
    socket.disconnect();
  }
  return room.roomId;
}

async function measureCheckout(
  ctx: RunContext,
  root: string,
  sizes: S7Sizes,
  label: string,
): Promise<FirstLoad> {
  const dist = await mkdtemp(join(tmpdir(), "stackboard-s7-web-"));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic"],
  });
  let server: AppServer | null = null;
  try {
    ctx.log(`S7 ${label}: building the web app of ${root}`);
    await buildWebApp(root, dist);
    const startsMs: number[] = [];
    for (let index = 0; index < sizes.starts; index += 1) {
      const started = await startAppServer(root, dist);
      startsMs.push(started.startMs);
      await started.stop();
    }
    server = await startAppServer(root, dist);
    const loads: LoadFigures[] = [];
    for (let index = 0; index < sizes.loads; index += 1) {
      // A room per load: every load meets the same board, not one grown by earlier voters.
      const roomId = await votingRoom(root, server.url);
      loads.push(await measureLoad(browser, `${server.url}/r/${roomId}`, roomId));
      const last = loads.at(-1);
      ctx.log(
        `S7 ${label} load ${index + 1}: ${round((last?.bytes ?? 0) / 1024, 1)} KB, FCP ${round(last?.fcpMs ?? Number.NaN, 0)} ms, usable ${round(last?.usableMs ?? Number.NaN, 0)} ms`,
      );
    }
    return {
      root,
      loads,
      startsMs: startsMs.map((ms) => round(ms, 1)),
      bytes: median(loads.map((load) => load.bytes)),
      fcpMs: round(median(loads.map((load) => load.fcpMs ?? Number.NaN)), 0),
      usableMs: round(median(loads.map((load) => load.usableMs)), 0),
      startMs: round(median(startsMs), 0),
    };
  } finally {
    await server?.stop();
    await browser.close();
    await rm(dist, { recursive: true, force: true });
  }
}

const kb = (bytes: number | undefined): number | null =>
  bytes === undefined || !Number.isFinite(bytes) ? null : round(bytes / 1024, 1);
const orNull = (value: number | undefined): number | null =>
  value === undefined || !Number.isFinite(value) ? null : value;

export async function runS7(ctx: RunContext, sizes: S7Sizes): Promise<ScenarioResult> {
  const loadBefore = currentLoad();
  const beforeRoot = appRootDir() === REPO_ROOT ? null : appRootDir();
  const after = await measureCheckout(ctx, REPO_ROOT, sizes, "this checkout");
  const before =
    beforeRoot === null ? null : await measureCheckout(ctx, beforeRoot, sizes, "--app-root");
  const loadAfter = currentLoad();
  const rate = (a: number | null, b: number | null) =>
    a === null || b === null ? null : round(ratio(a, b), 2);
  const bytes = kb(after.bytes);
  const rows = [
    plainRow(
      "board page, bytes transferred (median)",
      "KB",
      bytes,
      kb(before?.bytes),
      "≤ 250 KB",
      bytes === null ? null : after.bytes <= TARGET_BYTES,
      rate(bytes, kb(before?.bytes)),
    ),
    plainRow(
      "first contentful paint, Fast 3G (median)",
      "ms",
      orNull(after.fcpMs),
      orNull(before?.fcpMs),
      "≤ 1000 ms",
      Number.isFinite(after.fcpMs) ? after.fcpMs <= TARGET_FCP_MS : null,
      rate(orNull(after.fcpMs), orNull(before?.fcpMs)),
    ),
    plainRow(
      "board usable (first ballot button enabled), Fast 3G (median)",
      "ms",
      orNull(after.usableMs),
      orNull(before?.usableMs),
      "≤ 3000 ms",
      Number.isFinite(after.usableMs) ? after.usableMs <= TARGET_USABLE_MS : null,
      rate(orNull(after.usableMs), orNull(before?.usableMs)),
    ),
    plainRow(
      "server start to /readyz 200 (median)",
      "ms",
      orNull(after.startMs),
      orNull(before?.startMs),
      null,
      null,
      rate(orNull(after.startMs), orNull(before?.startMs)),
    ),
  ];
  const notes = [
    `${sizes.loads} cold loads per checkout (fresh browser context, cache disabled), ${sizes.starts} server starts; Chromium ${CHROMIUM}.`,
    `Baseline: ${beforeRoot === null ? "none (pass --app-root <checkout> for the app before a change)" : `the app of ${beforeRoot}, built and served the same way`}.`,
    `Load average ${loadBefore} at the start, ${loadAfter} at the end (2 cores: above ~1 the machine was shared and busy).`,
  ];
  return {
    id: "S7",
    name: "first load of the board on Fast 3G; server start",
    app: after,
    baseline: before,
    ratio: {
      bytes: rows[0]?.ratio ?? null,
      fcp: rows[1]?.ratio ?? null,
      usable: rows[2]?.ratio ?? null,
      start: rows[3]?.ratio ?? null,
    },
    rows,
    valid: true,
    notes,
    plots: [],
    profiles: [],
  };
}
