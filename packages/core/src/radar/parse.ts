// Reading a radar sheet (BYOR CSV or JSON: name, ring, quadrant, isNew, description) and
// matching its names to the catalog.
import { TECHNOLOGIES } from "../catalog/technologies.ts";
import { parseCsv } from "../record/csv.ts";
import { type ParsedRadar, type RadarEntry, RINGS, type Ring } from "./types.ts";

/** Names people write for catalog technologies that the catalog spells otherwise. */
const ALIASES: Readonly<Record<string, string>> = {
  postgres: "postgresql",
  node: "nodejs",
  rails: "ruby-on-rails",
  springboot: "spring-boot",
  spring: "spring-boot",
  golang: "go",
  mongo: "mongodb",
  net: "dotnet",
  aspnetcore: "dotnet",
  ws: "websockets",
  serversentevents: "sse",
};

const squash = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, "");

/** The catalog id a radar name stands for, or null. */
export function matchCatalog(name: string): string | null {
  const key = squash(name);
  if (key === "") return null;
  const exact = TECHNOLOGIES.find(
    (technology) => squash(technology.name) === key || squash(technology.id) === key,
  );
  return exact?.id ?? ALIASES[key] ?? null;
}

export function parseRing(text: string): Ring | null {
  const key = text.trim().toLowerCase();
  return RINGS.find((ring) => ring.toLowerCase() === key) ?? null;
}

const truthy = (text: string): boolean => /^(true|yes|y|1|new)$/i.test(text.trim());

/** A CSV or JSON radar; JSON is an array of objects with the same fields. */
export function parseRadar(text: string): ParsedRadar {
  const trimmed = text.trim();
  let records: Record<string, string>[];
  const problems: string[] = [];
  if (trimmed.startsWith("[")) {
    try {
      const data: unknown = JSON.parse(trimmed);
      records = Array.isArray(data) ? data.map(stringFields) : [];
    } catch {
      return { entries: [], problems: ["The JSON could not be read."] };
    }
  } else {
    const [header, ...rows] = parseCsv(trimmed);
    const names = (header ?? []).map((cell) => cell.trim().toLowerCase());
    if (!names.includes("name") || !names.includes("ring")) {
      return { entries: [], problems: ["The first row must name the columns: name, ring, …"] };
    }
    records = rows.map((cells) =>
      Object.fromEntries(names.map((name, index) => [name, cells[index] ?? ""])),
    );
  }
  const entries: RadarEntry[] = [];
  for (const [index, record] of records.entries()) {
    const name = (record.name ?? "").trim();
    const ring = parseRing(record.ring ?? "");
    if (name === "" || ring === null) {
      problems.push(`Row ${index + 1}: needs a name and a ring (Adopt, Trial, Assess or Hold).`);
      continue;
    }
    entries.push({
      name,
      ring,
      quadrant: (record.quadrant ?? "").trim(),
      isNew: truthy(record.isnew ?? ""),
      description: (record.description ?? "").trim(),
      catalogId: matchCatalog(name),
    });
  }
  return { entries, problems };
}

/** JSON fields as strings, keys lower-cased so `isNew` and `isnew` read alike. */
function stringFields(value: unknown): Record<string, string> {
  if (typeof value !== "object" || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key.toLowerCase(), String(field ?? "")]),
  );
}
