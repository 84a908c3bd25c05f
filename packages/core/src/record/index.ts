// The decision record: Markdown (MADR-shaped) and JSON exports of a room.
export { escapeMarkdownInline, foldText } from "./escape.ts";
export { ballotsHidden, type DecisionFacts, decisionFacts } from "./facts.ts";
export {
  type DecisionRecordJson,
  RECORD_FORMAT,
  type RoomRecordJson,
  renderRoomJson,
} from "./json.ts";
export { type RecordOptions, renderDecisionMarkdown, renderRoomMarkdown } from "./markdown.ts";
