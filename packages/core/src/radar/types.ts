// A Thoughtworks "Build Your Own Radar" sheet: https://github.com/thoughtworks/build-your-own-radar

export type Ring = "Adopt" | "Trial" | "Assess" | "Hold";
export const RINGS: readonly Ring[] = ["Adopt", "Trial", "Assess", "Hold"];

/** BYOR's four quadrants; a sheet may name its own, which we keep as given. */
export const QUADRANTS = {
  techniques: "Techniques",
  tools: "Tools",
  platforms: "Platforms",
  languages: "Languages & Frameworks",
} as const;

export interface RadarEntry {
  name: string;
  ring: Ring;
  quadrant: string;
  isNew: boolean;
  description: string;
  /** The catalog technology the name matches, or null (a custom option). */
  catalogId: string | null;
}

export interface ParsedRadar {
  entries: RadarEntry[];
  /** Rows that could not be read, with why; the rest still import. */
  problems: string[];
}

/** One imported radar, as the room keeps it. */
export interface RadarEdition {
  /** When it was imported (ms since epoch, the event's time). */
  at: number;
  /** The name the importer gave it (a file name, "Q3 radar"). */
  name: string;
  entries: RadarEntry[];
}
