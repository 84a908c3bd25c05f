// A ballot entry as the log records it: with its commitment and salt when it has them.
import type { Ballot, BallotEntry } from "./types.ts";

/** Absent rather than undefined, so entries compare and serialise as they were cast. */
export function ballotEntry(
  participantId: string,
  ballot: Ballot | null,
  castAt: number,
  proof: { commitment?: string | undefined; salt?: string | undefined },
): BallotEntry {
  const entry: BallotEntry = { participantId, ballot, castAt };
  if (proof.commitment !== undefined) entry.commitment = proof.commitment;
  if (proof.salt !== undefined) entry.salt = proof.salt;
  return entry;
}
