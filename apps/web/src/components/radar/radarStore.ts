// The tech radar a facilitator imported, kept in this browser per room: it is an input
// for seeding options and for the export's New/Moved status, not part of the room's log.
import type { RadarEntry } from "@stackboard/core";
import { create } from "zustand";

interface RadarSlice {
  byRoom: Record<string, RadarEntry[]>;
  setRadar: (roomId: string, entries: RadarEntry[]) => void;
}

const KEY = "stackboard:radar:";
const EMPTY: RadarEntry[] = [];

function load(roomId: string): RadarEntry[] {
  try {
    const raw = window.localStorage.getItem(KEY + roomId);
    const parsed: unknown = raw === null ? [] : JSON.parse(raw);
    return Array.isArray(parsed) ? (parsed as RadarEntry[]) : [];
  } catch {
    return [];
  }
}

export const useRadarStore = create<RadarSlice>()((set) => ({
  byRoom: {},
  setRadar: (roomId, entries) => {
    try {
      window.localStorage.setItem(KEY + roomId, JSON.stringify(entries));
    } catch {
      // Private mode or a full quota: the radar still works for this page's life.
    }
    set((state) => ({ byRoom: { ...state.byRoom, [roomId]: entries } }));
  },
}));

/** The imported radar of a room: this page's import, else what an earlier visit saved. */
export function useImportedRadar(roomId: string): RadarEntry[] {
  const imported = useRadarStore((s) => s.byRoom[roomId]);
  return imported ?? saved(roomId);
}

// Read once per room, so the hook returns the same array on every render.
const savedByRoom = new Map<string, RadarEntry[]>();
function saved(roomId: string): RadarEntry[] {
  let entries = savedByRoom.get(roomId);
  if (entries === undefined) {
    const stored = load(roomId);
    entries = stored.length > 0 ? stored : EMPTY;
    savedByRoom.set(roomId, entries);
  }
  return entries;
}
