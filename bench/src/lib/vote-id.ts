// The app's events carry no free-form payload, so a vote's timing rides in its command id
// (the sender chooses it, the event echoes it): every receiver decodes the scheduled send
// time and measures vote→seen from it. Ids match the contract's
// /^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$/.
//
//   m<node>_<worker>_<counter36>_<scheduledUs36>   measured vote (open-loop steps)
//   w<node>_<worker>_<counter36>_<scheduledUs36>   warm-up vote: delivered, not recorded
//   r<round36>_<client36>_<scheduledUs36>          S6 burst vote (same id on every retry)

export interface StepVote {
  measured: boolean;
  senderNode: number;
  scheduledUs: number;
}

export const stepVoteId = (
  measured: boolean,
  senderNode: number,
  worker: number,
  counter: number,
  scheduledUs: number,
): string =>
  `${measured ? "m" : "w"}${senderNode}_${worker}_${counter.toString(36)}_${Math.round(scheduledUs).toString(36)}`;

/** Null for ids that are not step votes (setup commands, S6 votes, other clients). */
export function readStepVote(commandId: string | null): StepVote | null {
  if (commandId === null) return null;
  const tag = commandId.charCodeAt(0);
  const measured = tag === 109; // "m"
  if (!measured && tag !== 119) return null; // "w"
  const parts = commandId.split("_");
  const node = Number(parts[0]?.slice(1));
  const scheduledUs = Number.parseInt(parts[3] ?? "", 36);
  if (!Number.isInteger(node) || !Number.isFinite(scheduledUs)) return null;
  return { measured, senderNode: node, scheduledUs };
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
