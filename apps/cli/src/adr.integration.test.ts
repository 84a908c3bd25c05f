// `stackboard adr` end to end: a real server (child process) with a real room log, and the
// command run through its npm bin on plain Node, in a real temporary git repository that
// already holds numbered ADRs written by other tools.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createRoom,
  decideCommands,
  type LiveServer,
  Participant,
  startServer,
} from "./testing/live-room.ts";

const run = promisify(execFile);
const REPO_ROOT = path.join(import.meta.dirname, "../../..");
const BIN = path.join(REPO_ROOT, "node_modules/.bin/stackboard");
// The bin's `#!/usr/bin/env node` finds this very Node first.
const ENV = { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env.PATH}` };

const ADR_TOOLS_RECORD = `# 1. Record architecture decisions

Date: 2024-01-10

## Status

Accepted

## Context

We need to record the architectural decisions made on this project.
`;

const LOG4BRAINS_RECORD = `# Use PostgreSQL for orders

- Status: accepted
- Date: 2024-02-01

## Context and Problem Statement

Orders need transactions.
`;

let server: LiveServer;
let repo: string;
let ada: Participant;
let room: { roomId: string; facilitatorKey: string; roomUrl: string; facilitatorUrl: string };
const decisions = () => path.join(repo, "docs/decisions");

async function git(...args: string[]): Promise<string> {
  return (await run("git", args, { cwd: repo })).stdout.trim();
}

async function stackboard(...args: string[]) {
  try {
    const { stdout, stderr } = await run(BIN, args, { cwd: repo, env: ENV });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Every file of the folder with its content, to compare two runs byte for byte. */
async function folder(dir = decisions()): Promise<Record<string, string>> {
  const names = (await readdir(dir)).sort();
  return Object.fromEntries(
    await Promise.all(
      names.map(async (name) => [name, await readFile(path.join(dir, name), "utf8")]),
    ),
  );
}

beforeAll(async () => {
  server = await startServer();
  repo = await mkdtemp(path.join(tmpdir(), "stackboard-repo-"));
  await git("init", "--quiet", "--initial-branch", "main");
  await git("config", "user.name", "Test");
  await git("config", "user.email", "test@example.org");
  await git("config", "commit.gpgsign", "false");
  await mkdir(decisions(), { recursive: true });
  await writeFile(
    path.join(decisions(), "0001-record-architecture-decisions.md"),
    ADR_TOOLS_RECORD,
  );
  await writeFile(path.join(decisions(), "0002-use-postgresql-for-orders.md"), LOG4BRAINS_RECORD);
  await writeFile(path.join(decisions(), "README.md"), "# Decisions\n\nOur team's records.\n");
  await writeFile(path.join(repo, "notes.txt"), "draft\n");
  await git("add", ".");
  await git("commit", "--quiet", "--message", "Earlier records");

  room = await createRoom(server.url, "Checkout service");
  ada = new Participant(server.url, room.roomId);
  await ada.join("Ada", room.facilitatorKey);
  await ada.do(
    ...decideCommands(
      "db",
      "Database",
      [
        ["pg", "PostgreSQL"],
        ["my", "MySQL"],
      ],
      "pg",
    ),
    ...decideCommands(
      "api",
      "API style",
      [
        ["rest", "REST"],
        ["gql", "GraphQL"],
      ],
      "rest",
    ),
  );
}, 60_000);

afterAll(async () => {
  ada.close();
  await server.stop();
  await rm(repo, { recursive: true, force: true });
});

describe("stackboard adr", () => {
  it("numbers the room's decisions after the records already in the folder, with an index", async () => {
    const result = await stackboard("adr", room.roomUrl);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout.split("\n").filter(Boolean)).toEqual([
      "+ 0003-database.md",
      "+ 0004-api-style.md",
      "~ README.md",
    ]);
    const files = await folder();
    expect(Object.keys(files)).toEqual([
      "0001-record-architecture-decisions.md",
      "0002-use-postgresql-for-orders.md",
      "0003-database.md",
      "0004-api-style.md",
      "README.md",
    ]);
    const database = files["0003-database.md"] ?? "";
    expect(database).toMatch(
      /^---\nstatus: accepted\ndate: \d{4}-\d{2}-\d{2}\ndecision-makers: \["Ada"\]/,
    );
    expect(database).toContain("# Database");
    expect(database).toContain('Chosen option: "PostgreSQL"');
    expect(database).toContain(`<!-- stackboard:record room=${room.roomId} decision=db seq=`);
    // The earlier records are untouched; the index lists all four, whoever wrote them.
    expect(files["0001-record-architecture-decisions.md"]).toBe(ADR_TOOLS_RECORD);
    expect(files["README.md"]).toBe(`# Decisions

Our team's records.

<!-- stackboard:index:start -->
- [ADR-0001](0001-record-architecture-decisions.md): 1. Record architecture decisions (Accepted)
- [ADR-0002](0002-use-postgresql-for-orders.md): Use PostgreSQL for orders (accepted)
- [ADR-0003](0003-database.md): Database (accepted)
- [ADR-0004](0004-api-style.md): API style (accepted)
<!-- stackboard:index:end -->
`);
  });

  it("changes nothing on a second run, and keeps what people added to a record", async () => {
    const note = "\nReviewed by the platform team.\n";
    await writeFile(
      path.join(decisions(), "0004-api-style.md"),
      `${await readFile(path.join(decisions(), "0004-api-style.md"), "utf8")}${note}`,
    );
    const before = await folder();
    const result = await stackboard("adr", room.roomUrl);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toBe(
      'Up to date: 2 decision records of "Checkout service" already in docs/decisions.\n',
    );
    expect(await folder()).toEqual(before);
    expect(before["0004-api-style.md"]).toContain("Reviewed by the platform team.");
  });

  it("marks a record superseded when its decision is reopened and decided again, linked both ways", async () => {
    await ada.do(
      { type: "decision.reopen", decisionId: "db" },
      { type: "ballot.cast", decisionId: "db", ballot: { mode: "pick", optionId: "my" } },
      { type: "decision.lock", decisionId: "db" },
      { type: "decision.decide", decisionId: "db", optionId: "my", rationale: "Ops knows it." },
    );
    const result = await stackboard("adr", room.roomUrl);
    expect(result.stdout.split("\n").filter(Boolean)).toEqual([
      "~ 0003-database.md",
      "+ 0005-database.md",
      "~ README.md",
    ]);
    const files = await folder();
    const old = files["0003-database.md"] ?? "";
    const next = files["0005-database.md"] ?? "";
    expect(old).toMatch(/^---\nstatus: superseded by ADR-0005\n/);
    expect(old).toContain("# Database\n\n> Superseded by [ADR-0005](0005-database.md).\n");
    expect(old).toContain('Chosen option: "PostgreSQL"');
    expect(next).toMatch(/^---\nstatus: accepted\n/);
    expect(next).toContain("# Database\n\n> Supersedes [ADR-0003](0003-database.md).\n");
    expect(next).toContain('Chosen option: "MySQL"');
    expect(files["README.md"]).toContain(
      "- [ADR-0003](0003-database.md): Database (superseded by ADR-0005)\n",
    );
    expect(files["README.md"]).toContain("- [ADR-0005](0005-database.md): Database (accepted)\n");
    // And once more: nothing to do.
    const again = await stackboard("adr", room.roomUrl);
    expect(again.stdout).toMatch(/^Up to date: 3 decision records/);
    expect(await folder()).toEqual(files);
  });

  it("commits only its own files on a new branch with --branch", async () => {
    await writeFile(path.join(repo, "notes.txt"), "draft, edited and staged\n");
    await git("add", "notes.txt");
    await ada.do(
      ...decideCommands(
        "cache",
        "Cache",
        [
          ["redis", "Redis"],
          ["none", "None"],
        ],
        "redis",
      ),
    );
    const result = await stackboard("adr", room.roomUrl, "--branch", "adr/cache");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Committed 2 files on branch adr\/cache \([0-9a-f]+\)\./);
    expect(await git("rev-parse", "--abbrev-ref", "HEAD")).toBe("adr/cache");
    expect(await git("log", "--format=%s", "main..adr/cache")).toBe(
      "Decision records from Stackboard: Checkout service (1 new)",
    );
    expect((await git("show", "--name-only", "--format=", "HEAD")).split("\n")).toEqual([
      "docs/decisions/0006-cache.md",
      "docs/decisions/README.md",
    ]);
    // What the person had staged stays staged, and out of the commit.
    expect(await git("diff", "--cached", "--name-only")).toBe("notes.txt");

    // A branch that exists is refused before anything is written; with nothing new, no branch.
    const taken = await stackboard("adr", room.roomUrl, "--branch", "adr/cache");
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('The branch "adr/cache" exists already');
    const idle = await stackboard("adr", room.roomUrl, "--branch", "adr/nothing");
    expect(idle.stdout).toMatch(/^Up to date/);
    expect(await git("branch", "--list", "adr/nothing")).toBe("");
  });

  it("reads a private room with the facilitator link or a member's pass, and says so without", async () => {
    await ada.do({ type: "room.setPassphrase", passphrase: "blue harbour" });
    const refused = await stackboard("adr", room.roomUrl, "--dir", "docs/private");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("This room is private");
    const withLink = await stackboard("adr", room.facilitatorUrl, "--dir", "docs/private");
    expect(withLink.code).toBe(0);
    expect(withLink.stdout).toContain("+ 0001-database.md");
    const withPass = await run(BIN, ["adr", room.roomUrl, "--dir", "docs/by-pass"], {
      cwd: repo,
      env: { ...ENV, STACKBOARD_PARTICIPANT_TOKEN: ada.participantToken ?? "" },
    });
    expect(withPass.stdout).toContain("+ 0001-database.md");
    expect(await folder(path.join(repo, "docs/by-pass"))).toEqual(
      await folder(path.join(repo, "docs/private")),
    );
  });

  it("refuses what is not a room link, with its usage", async () => {
    const result = await stackboard("adr", "https://example.org/not-a-room");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Not a room link");
  });
});
