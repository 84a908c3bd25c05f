// Tech-radar round trip: read a Build-Your-Own-Radar sheet, write the settled choices back.

export {
  movementOf,
  type RadarMovement,
  type RadarSheetRow,
  radarSheet,
  renderRadarSheetCsv,
} from "./editions.ts";
export {
  type ExportedRadarEntry,
  type RadarStatus,
  radarEntries,
  renderRadarCsv,
} from "./export.ts";
export { matchCatalog, parseRadar, parseRing } from "./parse.ts";
export {
  type ParsedRadar,
  QUADRANTS,
  type RadarEdition,
  type RadarEntry,
  RINGS,
  type Ring,
} from "./types.ts";
