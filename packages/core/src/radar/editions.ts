// The radar sheet against the room's history of imported radars (editions, oldest first):
// every blip of the room's settled choices with its movement since the latest edition, in
// BYOR's words (New, Moved In towards Adopt, Moved Out towards Hold, No Change), the
// entries of the latest edition the room did not touch carried over unchanged, and for
// each blip its ring in every edition. So exporting after each meeting keeps the radar
// whole and its history with it.
import { toCsv } from "../record/csv.ts";
import { radarEntries, radarKey } from "./export.ts";
import { type RadarEdition, RINGS, type Ring } from "./types.ts";

export type RadarMovement = "New" | "Moved In" | "Moved Out" | "No Change";

export interface RadarSheetRow {
  name: string;
  ring: Ring;
  quadrant: string;
  isNew: boolean;
  /** Against the latest edition: New, Moved, No change (as before editions were kept). */
  status: "New" | "Moved" | "No change";
  movement: RadarMovement;
  /** The blip's ring in each edition that had it, oldest first, then now. */
  history: string;
  description: string;
  catalogId: string | null;
}

const isoDay = (at: number): string => new Date(at).toISOString().slice(0, 10);

/** Adopt is the centre: moving towards it is "Moved In". */
export function movementOf(before: Ring | null, now: Ring): RadarMovement {
  if (before === null) return "New";
  const change = RINGS.indexOf(now) - RINGS.indexOf(before);
  return change === 0 ? "No Change" : change < 0 ? "Moved In" : "Moved Out";
}

export function radarSheet(
  state: Parameters<typeof radarEntries>[0],
  editions: readonly RadarEdition[],
): RadarSheetRow[] {
  const latest = editions[editions.length - 1];
  const previous = new Map(
    (latest?.entries ?? []).map((entry) => [radarKey(entry.catalogId, entry.name), entry]),
  );
  const historyOf = (key: string, now: Ring) => {
    const steps = editions.flatMap((edition) => {
      const entry = edition.entries.find((e) => radarKey(e.catalogId, e.name) === key);
      return entry ? [`${edition.name} (${isoDay(edition.at)}): ${entry.ring}`] : [];
    });
    return [...steps, `now: ${now}`].join("; ");
  };
  const placed = radarEntries(state, latest?.entries ?? []).map((entry): RadarSheetRow => {
    const key = radarKey(entry.catalogId, entry.name);
    return {
      name: entry.name,
      ring: entry.ring,
      quadrant: entry.quadrant,
      isNew: entry.isNew,
      status: entry.status,
      movement: movementOf(previous.get(key)?.ring ?? null, entry.ring),
      history: historyOf(key, entry.ring),
      description: entry.description,
      catalogId: entry.catalogId,
    };
  });
  const touched = new Set(placed.map((row) => radarKey(row.catalogId, row.name)));
  const carried = (latest?.entries ?? [])
    .filter((entry) => !touched.has(radarKey(entry.catalogId, entry.name)))
    .map(
      (entry): RadarSheetRow => ({
        name: entry.name,
        ring: entry.ring,
        quadrant: entry.quadrant,
        isNew: false,
        status: "No change",
        movement: "No Change",
        history: historyOf(radarKey(entry.catalogId, entry.name), entry.ring),
        description: entry.description,
        catalogId: entry.catalogId,
      }),
    );
  return [...placed, ...carried];
}

/** BYOR's columns (name, ring, quadrant, isNew, description) with status, movement and history. */
export function renderRadarSheetCsv(
  state: Parameters<typeof radarEntries>[0],
  editions: readonly RadarEdition[],
): string {
  const rows = radarSheet(state, editions).map((row) => [
    row.name,
    row.ring,
    row.quadrant,
    row.isNew ? "TRUE" : "FALSE",
    row.status,
    row.movement,
    row.history,
    row.description,
  ]);
  const header = [
    "name",
    "ring",
    "quadrant",
    "isNew",
    "status",
    "movement",
    "history",
    "description",
  ];
  return toCsv([header, ...rows]);
}
