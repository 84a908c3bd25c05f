// What a decisions folder already holds: numbered records (`NNNN-title.md`, as adr-tools
// and log4brains number them), their titles and statuses, and which of them this tool wrote
// (a comment at their end names the room, decision and log position they record).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export interface AdrFile {
  number: number;
  fileName: string;
  content: string;
}

const NUMBERED = /^(\d{4})-[^/]*\.md$/;
const MARKER =
  /<!-- stackboard:record room=([A-Za-z0-9_-]+) decision=([A-Za-z0-9_-]+) seq=(\d+) -->/;

export const markerFor = (roomId: string, decisionId: string, seq: number): string =>
  `<!-- stackboard:record room=${roomId} decision=${decisionId} seq=${seq} -->`;

export const recordKey = (roomId: string, decisionId: string, seq: number): string =>
  `${roomId}/${decisionId}@${seq}`;

/** The numbered records in `dir` (none if it does not exist yet), by number. */
export async function readAdrFolder(dir: string): Promise<AdrFile[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const files: AdrFile[] = [];
  for (const fileName of names) {
    const match = NUMBERED.exec(fileName);
    if (!match?.[1]) continue;
    const content = await readFile(path.join(dir, fileName), "utf8");
    files.push({ number: Number(match[1]), fileName, content });
  }
  return files.sort((a, b) => a.number - b.number || a.fileName.localeCompare(b.fileName));
}

/** The record this tool wrote into a file, as a `recordKey`, or null for anyone else's. */
export function keyOf(file: AdrFile): string | null {
  const match = MARKER.exec(file.content);
  return match ? recordKey(match[1] ?? "", match[2] ?? "", Number(match[3])) : null;
}

/** The record's title: its first level-one heading (after any front matter). */
export function titleOf(content: string): string {
  return /^# (.+)$/m.exec(withoutFrontMatter(content))?.[1]?.trim() ?? "Untitled";
}

/**
 * Its status, as MADR 4 (front matter), MADR 2 / log4brains (`- Status: ...`) or adr-tools
 * (`## Status` and the paragraph under it) write it; null when it says none.
 */
export function statusOf(content: string): string | null {
  const front = /^---\n([\s\S]*?)\n---/.exec(content)?.[1];
  const fromFront = front ? /^status:\s*"?(.+?)"?\s*$/m.exec(front)?.[1] : undefined;
  const fromList = /^[-*] Status:\s*(.+)$/im.exec(content)?.[1];
  const fromSection = /^## Status\s*\n+([^\n#].*)$/m.exec(content)?.[1];
  return (fromFront ?? fromList ?? fromSection)?.trim() ?? null;
}

function withoutFrontMatter(content: string): string {
  return content.replace(/^---\n[\s\S]*?\n---\n/, "");
}
