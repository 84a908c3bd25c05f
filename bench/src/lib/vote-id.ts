// The app's events carry no free-form payload, so a vote's timing rides in its command id
// (the sender chooses it, the event echoes it): every receiver decodes the scheduled send
// time and the actual one, and measures vote→seen from each. Ids match the contract's
// CommandIdSchema (checked in the test).
//
//   m<node>_<sender36>_<counter36>_<scheduledUs36>_<lagUs36>   measured vote (open-loop steps)
//   w<node>_<sender36>_<counter36>_<scheduledUs36>_<lagUs36>   warm-up vote: delivered, not recorded
//   r<round36>_<client36>_<scheduledUs36>                      S6 burst vote (same id on every retry)
//
// <sender> is the sending client's index (unique in the run), so that a client can tell its
// own vote coming back from another client's; <lag> is actual send − scheduled send.

export interface StepVote {
  measured: boolean;
  senderNode: number;
  /** The sending client's index. */
  sender: number;
  scheduledUs: number;
  /** When the generator actually sent it (≥ scheduledUs). */
  sentUs: number;
}

export const stepVoteId = (vote: StepVote & { counter: number }): string =>
  `${vote.measured ? "m" : "w"}${vote.senderNode}_${vote.sender.toString(36)}_${vote.counter.toString(36)}_${Math.round(vote.scheduledUs).toString(36)}_${Math.max(0, Math.round(vote.sentUs - vote.scheduledUs)).toString(36)}`;

/** Null for ids that are not step votes (setup commands, S6 votes, other clients). */
export function readStepVote(commandId: string | null): StepVote | null {
  if (commandId === null) return null;
  const tag = commandId.charCodeAt(0);
  const measured = tag === 109; // "m"
  if (!measured && tag !== 119) return null; // "w"
  const parts = commandId.split("_");
  const senderNode = Number(parts[0]?.slice(1));
  const sender = Number.parseInt(parts[1] ?? "", 36);
  const scheduledUs = Number.parseInt(parts[3] ?? "", 36);
  const lagUs = Number.parseInt(parts[4] ?? "", 36);
  if (!Number.isInteger(senderNode) || !Number.isFinite(sender + scheduledUs + lagUs)) return null;
  return { measured, senderNode, sender, scheduledUs, sentUs: scheduledUs + lagUs };
}

export interface BurstVote {
  round: number;
  client: number;
  scheduledUs: number;
}

export const burstVoteId = (round: number, client: number, scheduledUs: number): string =>
  `r${round.toString(36)}_${client.toString(36)}_${Math.round(scheduledUs).toString(36)}`;

export function readBurstVote(commandId: string | null): BurstVote | null {
  if (commandId === null || commandId.charCodeAt(0) !== 114) return null; // "r"
  const [round, client, scheduled] = commandId.slice(1).split("_");
  const out = {
    round: Number.parseInt(round ?? "", 36),
    client: Number.parseInt(client ?? "", 36),
    scheduledUs: Number.parseInt(scheduled ?? "", 36),
  };
  return Number.isFinite(out.round + out.client + out.scheduledUs) ? out : null;
}
