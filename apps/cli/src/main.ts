#!/usr/bin/env node
// The `stackboard` command. Runs on plain Node (>= 22.18 strips the types); the workspace
// packages it uses are read from source.
import { parseArgs } from "node:util";
import packageJson from "../package.json" with { type: "json" };
import { runAdr } from "./adr.ts";
import { FetchError } from "./fetch-record.ts";
import { GitError } from "./git.ts";
import { UsageError } from "./room-url.ts";

const USAGE = `Usage: stackboard adr <room-url> [options]

Writes the room's decided decisions as numbered MADR files (NNNN-title.md) into a folder,
after the records already there, keeps its README.md index, and marks a record superseded
when its decision was reopened and decided again. Running it again changes nothing new.

Options:
  --dir <folder>                where the records live (default: docs/decisions)
  --branch <name>               commit the files on this new branch of the current repository
  --participant-token <token>   for a private room: your pass (env STACKBOARD_PARTICIPANT_TOKEN)
  --facilitator-key <key>       for a private room: the facilitator key (env STACKBOARD_FACILITATOR_KEY,
                                or use the facilitator link, which carries it after #fk=)
  -h, --help                    this help
  -v, --version                 the version
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      dir: { type: "string", default: "docs/decisions" },
      branch: { type: "string" },
      "participant-token": { type: "string" },
      "facilitator-key": { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
  if (values.version) {
    console.log(packageJson.version);
    return 0;
  }
  const [command, roomUrl, ...rest] = positionals;
  if (values.help || command === undefined) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (command !== "adr" || roomUrl === undefined || rest.length > 0) {
    throw new UsageError(`Unknown command or arguments: ${positionals.join(" ")}\n\n${USAGE}`);
  }
  await runAdr({
    roomUrl,
    dir: values.dir,
    branch: values.branch ?? null,
    credentials: {
      participantToken:
        values["participant-token"] ?? process.env.STACKBOARD_PARTICIPANT_TOKEN ?? null,
      facilitatorKey: values["facilitator-key"] ?? process.env.STACKBOARD_FACILITATOR_KEY ?? null,
    },
    cwd: process.cwd(),
    print: (line) => console.log(line),
  });
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known =
      error instanceof UsageError || error instanceof FetchError || error instanceof GitError;
    // parseArgs reports unknown options as a TypeError with a code.
    const usage =
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    console.error(`stackboard: ${known || usage ? (error as Error).message : String(error)}`);
    process.exitCode = usage ? 2 : 1;
  },
);
