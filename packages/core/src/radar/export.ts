// The room's settled choices as a radar sheet: per decided decision, the chosen option
// is Adopt, the runner-up Trial, other options with support Assess, options nobody
// backed Hold. `status` compares with the radar the team imported (New / Moved / No change).
import { findTechnology } from "../catalog/index.ts";
import type { TechnologyCategory } from "../catalog/types.ts";
import { toCsv } from "../record/csv.ts";
import { ballotsHidden } from "../record/facts.ts";
import { tallyDecision } from "../tally.ts";
import type { Decision, Option, RoomState } from "../types.ts";
import { matchCatalog } from "./parse.ts";
import { QUADRANTS, type RadarEntry, type Ring } from "./types.ts";

export type RadarStatus = "New" | "Moved" | "No change";

export interface ExportedRadarEntry extends RadarEntry {
  status: RadarStatus;
}

const QUADRANT_OF: Record<TechnologyCategory, string> = {
  "api-style": QUADRANTS.techniques,
  "client-interaction": QUADRANTS.techniques,
  markup: QUADRANTS.techniques,
  language: QUADRANTS.languages,
  framework: QUADRANTS.languages,
  runtime: QUADRANTS.platforms,
  database: QUADRANTS.platforms,
  cache: QUADRANTS.platforms,
  "message-broker": QUADRANTS.platforms,
  "search-engine": QUADRANTS.platforms,
  auth: QUADRANTS.platforms,
};

export function radarEntries(
  state: RoomState,
  imported: readonly RadarEntry[] = [],
): ExportedRadarEntry[] {
  const previous = new Map(imported.map((entry) => [radarKey(entry.catalogId, entry.name), entry]));
  const entries: ExportedRadarEntry[] = [];
  const seen = new Set<string>();
  for (const decision of state.decisions) {
    if (decision.status !== "decided" || decision.outcome === null) continue;
    for (const { option, ring, why } of ringsOf(decision, state)) {
      const key = radarKey(option.catalogId, option.label);
      // One blip per technology: the first decision (board order) that places it wins.
      if (seen.has(key)) continue;
      seen.add(key);
      const before = previous.get(key);
      const technology = option.catalogId ? findTechnology(option.catalogId) : undefined;
      const status: RadarStatus = before ? (before.ring === ring ? "No change" : "Moved") : "New";
      entries.push({
        name: option.label,
        ring,
        quadrant:
          before?.quadrant || (technology ? QUADRANT_OF[technology.category] : QUADRANTS.tools),
        isNew: status === "New",
        status,
        description: `${decision.title}: ${why}`,
        catalogId: option.catalogId,
      });
    }
  }
  return entries;
}

/** BYOR's columns plus `status`, formula-injection safe. */
export function renderRadarCsv(state: RoomState, imported: readonly RadarEntry[] = []): string {
  const rows = radarEntries(state, imported).map((entry) => [
    entry.name,
    entry.ring,
    entry.quadrant,
    entry.isNew ? "TRUE" : "FALSE",
    entry.status,
    entry.description,
  ]);
  return toCsv([["name", "ring", "quadrant", "isNew", "status", "description"], ...rows]);
}

function ringsOf(
  decision: Decision,
  state: RoomState,
): { option: Option; ring: Ring; why: string }[] {
  const chosenId = decision.outcome?.optionId;
  const tally = ballotsHidden(decision) ? null : tallyDecision(decision, state.criteria);
  const support = new Map(tally?.options.map((o) => [o.optionId, o.supporters]) ?? []);
  const ranking = (tally?.ranking ?? decision.options.map((o) => o.id)).filter(
    (id) => id !== chosenId,
  );
  const placed: { option: Option; ring: Ring; why: string }[] = [];
  const chosen = decision.options.find((option) => option.id === chosenId);
  if (chosen) placed.push({ option: chosen, ring: "Adopt", why: "chosen" });
  // Options tied with the chosen one (or, undecided, tied for first) are all runners-up:
  // a tie never makes one of them "ranked 3".
  const tied = new Set(tally && tally.leaders.length > 1 ? tally.leaders : []);
  for (const [index, optionId] of ranking.entries()) {
    const option = decision.options.find((candidate) => candidate.id === optionId);
    if (!option) continue;
    const backed = (support.get(optionId) ?? 0) > 0;
    if (!backed) placed.push({ option, ring: "Hold", why: "considered, not backed" });
    else if (index === 0 || tied.has(optionId)) {
      placed.push({ option, ring: "Trial", why: "runner-up" });
    } else placed.push({ option, ring: "Assess", why: `ranked ${index + 2}` });
  }
  return placed;
}

/** Radar names and board labels meet on the catalog id when both have one. */
export const radarKey = (catalogId: string | null, name: string): string =>
  catalogId ?? matchCatalog(name) ?? `custom:${name.trim().toLowerCase()}`;
