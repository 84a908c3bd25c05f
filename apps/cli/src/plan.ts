// What a run changes in the decisions folder, worked out without touching it: which records
// are new (numbered after every file already there), which older records are now superseded,
// and the index. A record this tool wrote before is found by its marker and left as it is,
// but for the links that tie it to the records before and after it; so a second run with
// nothing new in the room changes nothing, and a person's edits to a record are kept.
import { slug } from "@stackboard/core";
import { type AdrFile, keyOf, markerFor, recordKey } from "./adr-folder.ts";
import { indexFor } from "./index-file.ts";
import type { DecidedRecord } from "./records.ts";

export interface FileChange {
  fileName: string;
  content: string;
  /** "new": a record not in the folder yet; "updated": links or status of one that is. */
  kind: "new" | "updated";
}

export interface Plan {
  changes: FileChange[];
  /** README.md's content after the run, or null if it stays as it is. */
  index: string | null;
}

const adrName = (number: number) => `ADR-${String(number).padStart(4, "0")}`;

interface Placed {
  record: DecidedRecord;
  number: number;
  fileName: string;
  existing: AdrFile | null;
}

export function planChanges(
  records: readonly DecidedRecord[],
  folder: readonly AdrFile[],
  readme: string | null,
): Plan {
  const byKey = new Map<string, AdrFile>();
  for (const file of folder) {
    const key = keyOf(file);
    if (key) byKey.set(key, file);
  }
  let next = Math.max(0, ...folder.map((file) => file.number)) + 1;
  const placed: Placed[] = records.map((record) => {
    const existing = byKey.get(recordKey(record.roomId, record.decisionId, record.seq)) ?? null;
    if (existing) return { record, number: existing.number, fileName: existing.fileName, existing };
    const number = next++;
    const fileName = `${String(number).padStart(4, "0")}-${slug(record.title)}.md`;
    return { record, number, fileName, existing: null };
  });

  const changes: FileChange[] = [];
  for (const [index, entry] of placed.entries()) {
    const sameDecision = (other: Placed | undefined) =>
      other?.record.roomId === entry.record.roomId &&
      other.record.decisionId === entry.record.decisionId;
    const before = placed.slice(0, index).findLast(sameDecision);
    const after = placed.slice(index + 1).find(sameDecision);
    const base =
      entry.existing?.content ??
      `${entry.record.content}\n${markerFor(entry.record.roomId, entry.record.decisionId, entry.record.seq)}\n`;
    const content = withLinks(base, before ?? null, after ?? null);
    if (!entry.existing) changes.push({ fileName: entry.fileName, content, kind: "new" });
    else if (content !== entry.existing.content) {
      changes.push({ fileName: entry.fileName, content, kind: "updated" });
    }
  }

  const changed = new Map(changes.map((change) => [change.fileName, change.content]));
  const finalFiles = [
    ...folder.map((file) => ({ ...file, content: changed.get(file.fileName) ?? file.content })),
    ...placed
      .filter((entry) => !entry.existing)
      .map((entry) => ({
        number: entry.number,
        fileName: entry.fileName,
        content: changed.get(entry.fileName) ?? "",
      })),
  ].sort((a, b) => a.number - b.number || a.fileName.localeCompare(b.fileName));
  const index = indexFor(finalFiles, readme);
  return { changes, index: index === readme ? null : index };
}

/**
 * Adds the links a record lacks: "Supersedes" the record before it, "Superseded by" the one
 * after it (which also becomes its MADR status). Links already there are left alone.
 */
function withLinks(content: string, before: Placed | null, after: Placed | null): string {
  let result = content;
  if (after) {
    const name = adrName(after.number);
    const link = `> Superseded by [${name}](${after.fileName}).`;
    if (!result.includes(link)) {
      result = setFrontMatterStatus(result, `superseded by ${name}`);
      result = afterTitle(result, link);
    }
  }
  if (before) {
    const link = `> Supersedes [${adrName(before.number)}](${before.fileName}).`;
    if (!result.includes(link)) result = afterTitle(result, link);
  }
  return result;
}

function setFrontMatterStatus(content: string, status: string): string {
  return content.replace(/^(---\n[\s\S]*?)^status:.*$/m, `$1status: ${status}`);
}

/** A paragraph right under the first level-one heading. */
function afterTitle(content: string, paragraph: string): string {
  const heading = /^# .*$/m.exec(content);
  if (!heading) return `${paragraph}\n\n${content}`;
  const end = heading.index + heading[0].length;
  return `${content.slice(0, end)}\n\n${paragraph}${content.slice(end)}`;
}
