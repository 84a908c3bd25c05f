// `stackboard adr <room-url>`: the room's decided decisions as numbered MADR files in a
// folder of this repository, with an index, superseded records marked, and (with --branch)
// committed on a new branch.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { readAdrFolder } from "./adr-folder.ts";
import { type Credentials, fetchRecord } from "./fetch-record.ts";
import { checkBranch, commitFiles, startBranch } from "./git.ts";
import { planChanges } from "./plan.ts";
import { decidedRecords } from "./records.ts";
import { parseRoomUrl } from "./room-url.ts";

export interface AdrOptions {
  roomUrl: string;
  dir: string;
  branch: string | null;
  credentials: Credentials;
  cwd: string;
  print: (line: string) => void;
}

export interface AdrResult {
  written: string[];
  commit: string | null;
}

export async function runAdr(options: AdrOptions): Promise<AdrResult> {
  const room = parseRoomUrl(options.roomUrl);
  const dir = path.resolve(options.cwd, options.dir);
  if (options.branch) await checkBranch(options.cwd, options.branch);
  const record = await fetchRecord(room, {
    participantToken: options.credentials.participantToken,
    facilitatorKey: options.credentials.facilitatorKey ?? room.facilitatorKey,
  });
  const records = decidedRecords(record);
  const readmePath = path.join(dir, "README.md");
  const readme = await readFile(readmePath, "utf8").catch(() => null);
  const plan = planChanges(records, await readAdrFolder(dir), readme);

  const writes = plan.changes.map((change) => ({
    file: path.join(dir, change.fileName),
    content: change.content,
    label: `${change.kind === "new" ? "+" : "~"} ${change.fileName}`,
  }));
  if (plan.index !== null)
    writes.push({ file: readmePath, content: plan.index, label: "~ README.md" });
  if (writes.length === 0) {
    options.print(
      `Up to date: ${records.length} decision record${records.length === 1 ? "" : "s"} of "${record.title}" already in ${options.dir}.`,
    );
    return { written: [], commit: null };
  }

  if (options.branch) await startBranch(options.cwd, options.branch);
  await mkdir(dir, { recursive: true });
  for (const write of writes) {
    await writeFile(write.file, write.content);
    options.print(write.label);
  }
  const written = writes.map((write) => write.file);
  let commit: string | null = null;
  if (options.branch) {
    const decided = plan.changes.filter((change) => change.kind === "new").length;
    commit = await commitFiles(
      options.cwd,
      written,
      `Decision records from Stackboard: ${record.title} (${decided} new)`,
    );
    options.print(`Committed ${written.length} files on branch ${options.branch} (${commit}).`);
  }
  return { written, commit };
}
