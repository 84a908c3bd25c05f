// Quorum and threshold in the record, only where the facilitator set them.
import { rulesStatus } from "../rules-status.ts";
import type { Decision, RoomState } from "../types.ts";
import { percent } from "./format.ts";

export function rulesList(state: RoomState, decision: Decision): string | null {
  const { quorum, threshold, maxDotsPerOption } = decision.rules;
  if (quorum === 0 && threshold === 0 && maxDotsPerOption === null) return null;
  const status = rulesStatus(decision, state);
  const items: string[] = [];
  if (quorum > 0) {
    items.push(
      `- Quorum: ${status.quorumMet ? "met" : "not met"} (${status.voters} of ${status.eligible} ` +
        `eligible voters took part; ${percent(quorum)} required).`,
    );
  }
  if (threshold > 0 && status.thresholdMet !== null) {
    items.push(
      `- Threshold: ${status.thresholdMet ? "met" : "not met"} (${percent(threshold)} required).`,
    );
  }
  if (maxDotsPerOption !== null) {
    items.push(`- At most ${maxDotsPerOption} dots per option.`);
  }
  return items.length === 0 ? null : items.join("\n");
}
