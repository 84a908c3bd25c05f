// The decision-intelligence sections of the room record: compatibility warnings, then
// the robustness of each score winner. They are appended to `renderRoomMarkdown`'s
// document rather than woven into it, so the MADR renderer (and its outline tests) stay
// as they are; `renderRoomRecordMarkdown` is what the export serves.
import type { RoomState } from "../types.ts";
import { conflictBlocks } from "./conflicts-section.ts";
import { type RecordOptions, renderRoomMarkdown } from "./markdown.ts";
import { robustnessBlocks } from "./robustness-section.ts";

/** The sections at `level` (2 under the room's title), or none when there is nothing to say. */
export function intelBlocks(state: RoomState, level: number): string[] {
  return [...conflictBlocks(state, level), ...robustnessBlocks(state, level)];
}

/** The room record with the intelligence sections; ends with exactly one newline. */
export function renderRoomRecordMarkdown(state: RoomState, options: RecordOptions = {}): string {
  const record = renderRoomMarkdown(state, options);
  const blocks = intelBlocks(state, 2);
  return blocks.length === 0 ? record : `${record}\n${blocks.join("\n\n")}\n`;
}
