// The embedded engine's write-ahead journal: every room's new events go into one file,
// in group commits. The events accepted in one turn of the event loop, across all rooms,
// become one write(2) — plus one fdatasync with DURABILITY=fsync — and are acknowledged
// after it, never before. The rooms' own segment files are written later, in bulk, by the
// checkpoint (see index.ts), after which the journal files it covered are deleted.
//
//   <dataDir>/journal/journal-<n>.jsonl   {"room":"<roomId>","event":<RoomEvent>} a line
//
// A write that fails is cut off the file again and its events are rolled back in their
// rooms (never acknowledged); if even that fails, the journal refuses all further work.
import fs from "node:fs";
import { mkdir, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { fsyncDir } from "./file-writes.ts";
import { type Deferred, deferred } from "./serial.ts";

/** What a room hands the journal: a line, and who to tell once it is durable (or not). */
export interface JournalEntry {
  readonly roomId: string;
  /** The event as one JSON text, no newline: the same text its segment gets later. */
  readonly json: string;
  committed(): void;
  failed(err: unknown): void;
}

interface Group {
  entries: JournalEntry[];
  /** Settles once the group is durable or has failed; never rejects. */
  done: Deferred;
}

interface JournalFile {
  readonly n: number;
  readonly path: string;
  readonly fd: number;
  /** Bytes written so far: where a failed write is cut back to. */
  size: number;
}

const JOURNAL_FILE = /^journal-(\d{12})\.jsonl$/;

export const journalDir = (dataDir: string): string => path.join(dataDir, "journal");

const journalPath = (dir: string, n: number): string =>
  path.join(dir, `journal-${String(n).padStart(12, "0")}.jsonl`);

/** Journal files in the data directory, oldest first. */
export async function listJournalFiles(dataDir: string): Promise<string[]> {
  const dir = journalDir(dataDir);
  await mkdir(dir, { recursive: true });
  const names = (await readdir(dir)).filter((name) => JOURNAL_FILE.test(name)).sort();
  return names.map((name) => path.join(dir, name));
}

export class Journal {
  private current: JournalFile;
  /** Files written before the last rotation, until the checkpoint has covered them. */
  private readonly sealed: JournalFile[] = [];
  private pending: Group | null = null;
  /** DURABILITY=fsync: the group whose fdatasync is under way. */
  private syncing: Group | null = null;
  private broken: unknown = null;
  private readonly dir: string;
  private readonly fsync: boolean;

  private constructor(dir: string, first: JournalFile, fsync: boolean) {
    this.dir = dir;
    this.current = first;
    this.fsync = fsync;
  }

  /** Starts a fresh journal file numbered after `afterN` (recovery has emptied the rest). */
  static async open(dataDir: string, fsync: boolean, afterN = 0): Promise<Journal> {
    const dir = journalDir(dataDir);
    await mkdir(dir, { recursive: true });
    return new Journal(dir, await openFile(dir, afterN + 1, fsync), fsync);
  }

  /** Queues a line; it is written with everything else queued in this turn. */
  add(entry: JournalEntry): void {
    if (this.broken !== null) {
      entry.failed(this.broken);
      return;
    }
    if (this.pending === null) {
      this.pending = { entries: [], done: deferred() };
      // One macrotask later: every command read in this turn has queued its line by then.
      if (this.syncing === null) setImmediate(() => this.flush());
    }
    this.pending.entries.push(entry);
  }

  /**
   * Starts a new file for the lines that follow (unless nothing was written since the last
   * time); resolves with the files written before, once every line in them is durable.
   */
  async rotate(): Promise<string[]> {
    if (this.broken !== null || this.current.size === 0) return this.sealed.map((f) => f.path);
    const next = await openFile(this.dir, this.current.n + 1, this.fsync);
    this.sealed.push(this.current);
    this.current = next;
    // Only a group under fdatasync can still belong to the old file; later ones go to the new.
    await this.syncing?.done.promise;
    return this.sealed.map((file) => file.path);
  }

  /**
   * The checkpoint has copied everything in `files` into the rooms' segments: they are
   * closed and deleted (off the event loop: an unlink may wait on the disk).
   */
  async release(files: readonly string[]): Promise<void> {
    const done = this.sealed.filter((one) => files.includes(one.path));
    for (const file of done) this.sealed.splice(this.sealed.indexOf(file), 1);
    for (const file of done) {
      await closeQuietly(file.fd);
      await rm(file.path, { force: true });
    }
  }

  /** Writes what is queued, then closes the files (the checkpoint removes them). */
  async close(): Promise<string[]> {
    // Nothing new is queued while the store closes: this ends.
    while (this.pending !== null || this.syncing !== null) {
      await (this.syncing ?? this.pending)?.done.promise;
    }
    this.broken ??= new Error("Journal closed");
    const files = [...this.sealed, this.current];
    for (const file of files) await closeQuietly(file.fd);
    return files.map((file) => file.path);
  }

  private flush(): void {
    const group = this.pending;
    this.pending = null;
    if (group === null) return;
    const file = this.current;
    const start = file.size;
    try {
      const data = Buffer.from(group.entries.map(journalLine).join(""));
      for (let offset = 0; offset < data.length; ) {
        offset += fs.writeSync(file.fd, data, offset, data.length - offset);
      }
      file.size += data.length;
    } catch (err) {
      this.undo(file, start, group, err);
      return;
    }
    if (!this.fsync) {
      commit(group);
      return;
    }
    this.syncing = group;
    fs.fdatasync(file.fd, (err) => {
      this.syncing = null;
      if (err) {
        // After a failed fdatasync the file's state on disk is unknown: trust nothing more.
        this.fail(err, group);
        return;
      }
      commit(group);
      if (this.pending !== null) this.flush();
    });
  }

  /** Cuts a failed write off the file; its events never happened. */
  private undo(file: JournalFile, start: number, group: Group, err: unknown): void {
    try {
      fs.ftruncateSync(file.fd, start);
      file.size = start;
    } catch {
      this.fail(err, group);
      return;
    }
    // Lines queued meanwhile follow the failed ones in their rooms: they fail too.
    const later = this.pending;
    this.pending = null;
    failAll([group, later], err);
  }

  private fail(err: unknown, group: Group): void {
    this.broken = err;
    const later = this.pending;
    this.pending = null;
    failAll([group, later], err);
  }
}

function commit(group: Group): void {
  for (const entry of group.entries) entry.committed();
  group.done.resolve();
}

function failAll(groups: readonly (Group | null)[], err: unknown): void {
  for (const group of groups) {
    if (group === null) continue;
    for (const entry of group.entries) entry.failed(err);
    group.done.resolve();
  }
}

const journalLine = (entry: JournalEntry): string =>
  `{"room":${JSON.stringify(entry.roomId)},"event":${entry.json}}\n`;

/** Opened off the event loop, like every file operation here but the group's write. */
async function openFile(dir: string, n: number, fsync: boolean): Promise<JournalFile> {
  const file = journalPath(dir, n);
  const fd = await new Promise<number>((resolve, reject) =>
    fs.open(file, "wx", (err, opened) => (err ? reject(err) : resolve(opened))),
  );
  // The file's name must survive a power cut before any line in it is acknowledged.
  if (fsync) await fsyncDir(dir);
  return { n, path: file, fd, size: 0 };
}

/** Already closed is fine: there is nothing left to release. */
function closeQuietly(fd: number): Promise<void> {
  return new Promise((resolve) => fs.close(fd, () => resolve()));
}
