// Writes that must survive a crash: whole appends, atomic replacement, atomic room creation.
import { randomBytes } from "node:crypto";
import { type FileHandle, mkdir, open, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import type { RoomEvent } from "@stackboard/core";
import type { NewRoomMeta } from "../types.ts";
import { eventLine, isErrno, metaFile, roomPaths, roomsDir, segmentFile } from "./room-files.ts";

/** Writes all of `data`: a single write(2) may be short. */
export async function writeAll(fh: FileHandle, data: Buffer): Promise<void> {
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await fh.write(data, offset, data.length - offset);
    offset += bytesWritten;
  }
}

/** Appends one chunk to a file, synced to disk when `fsync`. */
export async function appendToFile(file: string, data: string, fsync: boolean): Promise<void> {
  const fh = await open(file, "a");
  try {
    await writeAll(fh, Buffer.from(data));
    if (fsync) await fh.datasync();
  } finally {
    await fh.close();
  }
}

/**
 * Replaces `file` all at once: readers see the old content or the new, never a mix, even
 * after a process crash (temp file, rename). With `sync` (DURABILITY=fsync) the file and
 * its directory are also synced, so a power cut cannot leave a renamed but empty file.
 */
export async function writeFileAtomic(file: string, data: string, sync: boolean) {
  const temp = `${file}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeSynced(temp, data, sync);
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  if (sync) await fsyncDir(path.dirname(file));
}

async function writeSynced(file: string, data: string, sync: boolean): Promise<void> {
  const fh = await open(file, "wx");
  try {
    await writeAll(fh, Buffer.from(data));
    if (sync) await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Makes a new or renamed directory entry durable (where the platform allows it). */
export async function fsyncDir(dir: string): Promise<void> {
  let fh: FileHandle | undefined;
  try {
    fh = await open(dir, "r");
    await fh.sync();
  } catch (err) {
    // Windows cannot open or sync a directory; the rename there is as durable as it gets.
    if (process.platform !== "win32") throw err;
  } finally {
    await fh?.close();
  }
}

const CREATING = ".creating-";

/**
 * Creates a room's directory complete (meta, first segment with `created`, empty tokens) or
 * not at all: it is built under a temporary name and renamed into place, which also fails
 * atomically if the room exists. Returns false in that case.
 */
export async function createRoomDir(
  dataDir: string,
  meta: NewRoomMeta,
  created: RoomEvent,
  fsync: boolean,
): Promise<boolean> {
  const paths = roomPaths(dataDir, meta.roomId);
  const temp = path.join(roomsDir(dataDir), `${CREATING}${randomBytes(6).toString("hex")}`);
  try {
    await mkdir(temp);
    const files: [string, string][] = [
      [path.join(temp, path.basename(paths.meta)), metaFile({ ...meta, passphraseHash: null })],
      [segmentFile(temp, created.seq), eventLine(created)],
      [path.join(temp, path.basename(paths.tokens)), ""],
    ];
    for (const [file, data] of files) await appendToFile(file, data, fsync);
    if (fsync) await fsyncDir(temp);
    try {
      await rename(temp, paths.dir);
    } catch (err) {
      if (isErrno(err, "ENOTEMPTY") || isErrno(err, "EEXIST") || isErrno(err, "EPERM")) {
        return false;
      }
      throw err;
    }
    if (fsync) await fsyncDir(roomsDir(dataDir));
    return true;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** Removes half-built room directories left by a crash during `createRoomDir`. */
export async function removeUnfinishedRooms(dataDir: string): Promise<void> {
  for (const name of await readdir(roomsDir(dataDir))) {
    if (name.startsWith(CREATING)) {
      await rm(path.join(roomsDir(dataDir), name), { recursive: true, force: true });
    }
  }
}
