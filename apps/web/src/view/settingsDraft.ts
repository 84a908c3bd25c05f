// The settings dialog's unsaved edits of one draft decision: what the form holds, whether it
// differs from what the room has (dirty), and the commands one Save sends, in the order the
// room must take them (the mode first: a proposal needs a consent decision).
import {
  type Anonymity,
  type CommandBody,
  type Decision,
  LIMITS,
  type VotingMode,
} from "@stackboard/core";

export interface SettingsDraft {
  mode: VotingMode;
  dotsPerVoter: number;
  sealed: boolean;
  /** Sealed decisions: reveal by itself once everyone has voted. */
  autoReveal: boolean;
  /** Whole percentages, as people say them. */
  quorumPercent: number;
  thresholdPercent: number;
  /** 0 means no cap. */
  dotsCap: number;
  anonymity: Anonymity;
  proposalText: string;
  /** "" until an option is chosen. */
  proposalOptionId: string;
}

const toPercent = (share: number) => Math.round(share * 100);
const toShare = (percent: number) => Math.min(100, Math.max(0, Math.round(percent) || 0)) / 100;
const whole = (value: number, min: number, max: number) =>
  Math.min(max, Math.max(min, Math.round(value) || min));

export function draftOf(decision: Decision): SettingsDraft {
  return {
    mode: decision.mode,
    dotsPerVoter: decision.dotsPerVoter,
    sealed: decision.sealed,
    autoReveal: decision.autoReveal,
    quorumPercent: toPercent(decision.rules.quorum),
    thresholdPercent: toPercent(decision.rules.threshold),
    dotsCap: decision.rules.maxDotsPerOption ?? 0,
    anonymity: decision.anonymity,
    proposalText: decision.proposal?.text ?? "",
    proposalOptionId: decision.proposal?.optionId ?? "",
  };
}

function configureOf(draft: SettingsDraft, decisionId: string): CommandBody {
  return {
    type: "decision.configure",
    decisionId,
    mode: draft.mode,
    dotsPerVoter: whole(draft.dotsPerVoter, 1, LIMITS.dotsPerVoter),
    sealed: draft.sealed,
  };
}

function rulesOf(draft: SettingsDraft, decisionId: string): CommandBody {
  const cap = whole(draft.dotsCap, 0, LIMITS.dotsPerVoter);
  return {
    type: "decision.setRules",
    decisionId,
    quorum: toShare(draft.quorumPercent),
    threshold: toShare(draft.thresholdPercent),
    maxDotsPerOption: cap === 0 ? null : cap,
  };
}

/** A proposal only counts for a consent decision; elsewhere its fields are not shown. */
const proposalEdited = (draft: SettingsDraft, decision: Decision) =>
  draft.mode === "consent" &&
  (draft.proposalText.trim() !== (decision.proposal?.text ?? "") ||
    draft.proposalOptionId !== (decision.proposal?.optionId ?? ""));

/** A proposal edited but not yet sendable: text or adopted option missing. */
export function proposalIncomplete(draft: SettingsDraft, decision: Decision): boolean {
  return (
    proposalEdited(draft, decision) &&
    (draft.proposalText.trim() === "" || draft.proposalOptionId === "")
  );
}

/** The commands that make the room's decision what the draft says; none when nothing changed. */
export function commandsFor(draft: SettingsDraft, decision: Decision): CommandBody[] {
  const saved = draftOf(decision);
  const commands: CommandBody[] = [];
  const configure = configureOf(draft, decision.id);
  if (JSON.stringify(configure) !== JSON.stringify(configureOf(saved, decision.id))) {
    commands.push(configure);
  }
  if (draft.autoReveal !== decision.autoReveal) {
    commands.push({
      type: "decision.setAutoReveal",
      decisionId: decision.id,
      autoReveal: draft.autoReveal,
    });
  }
  const rules = rulesOf(draft, decision.id);
  if (JSON.stringify(rules) !== JSON.stringify(rulesOf(saved, decision.id))) {
    commands.push(rules);
  }
  if (draft.anonymity !== decision.anonymity) {
    commands.push({
      type: "decision.setAnonymity",
      decisionId: decision.id,
      anonymity: draft.anonymity,
    });
  }
  if (proposalEdited(draft, decision) && !proposalIncomplete(draft, decision)) {
    commands.push({
      type: "decision.propose",
      decisionId: decision.id,
      optionId: draft.proposalOptionId,
      text: draft.proposalText.trim(),
    });
  }
  return commands;
}

/** Whether leaving now would lose something the facilitator typed or chose. */
export function isDirty(draft: SettingsDraft, decision: Decision): boolean {
  return commandsFor(draft, decision).length > 0 || proposalIncomplete(draft, decision);
}
