// Verifiable sealed ballots (docs/counting.md, "Checking a sealed vote"). When a voter
// casts a sealed ballot, their browser sends, with it, a commitment: the SHA-256 of the
// ballot and a random salt that browser keeps. Until the reveal everyone sees only the
// commitment; the reveal carries every ballot with its salt. So anyone can recompute each
// revealed ballot's hash and find it equal to the commitment published before the reveal,
// in the same place; and each voter can find their own ballot counted as they cast it.
//
// Core stays pure: it defines the exact bytes that are hashed and compares the digests
// the caller computed with the platform's SHA-256 (node:crypto, Web Crypto).
import type { Ballot } from "./types.ts";

export const COMMITMENT_SCHEME = "stackboard.ballot-commitment/1";

/** SHA-256 of UTF-8 text as unpadded base64url (43 characters), as the caller computes it. */
export type HashOf = (text: string) => string;

/** A commitment or a salt: 32 bytes, unpadded base64url. */
export const COMMITMENT_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The text whose SHA-256 is a ballot's commitment: the scheme, the decision, the salt and
 * the ballot with its fields in a fixed order (arrays keep the voter's order: a ranking's
 * order is the ballot).
 */
export function commitmentText(decisionId: string, ballot: Ballot, salt: string): string {
  return JSON.stringify([COMMITMENT_SCHEME, decisionId, salt, canonicalBallot(ballot)]);
}

function canonicalBallot(ballot: Ballot): unknown[] {
  switch (ballot.mode) {
    case "pick":
      return [ballot.mode, ballot.optionId];
    case "dots":
      return [ballot.mode, ballot.allocations.map((a) => [a.optionId, a.dots])];
    case "score":
      return [ballot.mode, ballot.scores.map((s) => [s.optionId, s.criterionId, s.score])];
    case "ranked":
      return [ballot.mode, [...ballot.ranking]];
    case "consent":
      return [ballot.mode, ballot.stance, ballot.reason];
    case "abstain":
      return [ballot.mode];
  }
}

/** The text whose SHA-256 is the record's digest of a decision's commitments, in order. */
export function commitmentsDigestText(decisionId: string, commitments: readonly string[]): string {
  return JSON.stringify([`${COMMITMENT_SCHEME}/all`, decisionId, commitments]);
}

/** One ballot as a replica holds it: the commitment published before the reveal, then the revealed ballot and salt. */
export interface CommittedBallot {
  commitment: string | null;
  ballot: Ballot | null;
  salt: string | null;
}

export interface RevealCheck {
  /**
   * "verified": every ballot carries a commitment and its revealed ballot and salt hash to
   * it. "mismatch": at least one does not. "uncommitted": none mismatch, but some ballot
   * was cast without a commitment (or is not revealed), so it cannot be checked.
   */
  verdict: "verified" | "mismatch" | "uncommitted";
  /** Ballots whose revealed content matches their commitment. */
  verified: number;
  /** Positions (in ballot order) whose revealed ballot or salt does not match. */
  mismatched: number[];
  /** Ballots that cannot be checked: no commitment, or no revealed ballot or salt. */
  unchecked: number;
}

/** Checks every revealed ballot against the commitment published in its place. */
export function checkReveal(
  decisionId: string,
  ballots: readonly CommittedBallot[],
  hashOf: HashOf,
): RevealCheck {
  let verified = 0;
  let unchecked = 0;
  const mismatched: number[] = [];
  ballots.forEach((entry, position) => {
    if (entry.commitment === null || entry.ballot === null || entry.salt === null) {
      unchecked += 1;
      return;
    }
    if (hashOf(commitmentText(decisionId, entry.ballot, entry.salt)) === entry.commitment) {
      verified += 1;
    } else {
      mismatched.push(position);
    }
  });
  const verdict = mismatched.length > 0 ? "mismatch" : unchecked > 0 ? "uncommitted" : "verified";
  return { verdict, verified, mismatched, unchecked };
}

/** What a voter's browser kept when it cast a sealed ballot. */
export interface BallotReceipt {
  decisionId: string;
  ballot: Ballot;
  salt: string;
  commitment: string;
}

/**
 * "counted": a revealed ballot carries the receipt's commitment, and it and its salt are
 * exactly what was cast. "altered": the commitment is there but its ballot or salt is not
 * what was cast. "missing": no revealed ballot carries the commitment.
 */
export type ReceiptCheck = "counted" | "altered" | "missing";

export function checkReceipt(
  receipt: BallotReceipt,
  ballots: readonly CommittedBallot[],
  hashOf: HashOf,
): ReceiptCheck {
  const mine = ballots.find((entry) => entry.commitment === receipt.commitment);
  if (mine === undefined || mine.ballot === null || mine.salt === null) return "missing";
  const cast = commitmentText(receipt.decisionId, receipt.ballot, receipt.salt);
  const revealed = commitmentText(receipt.decisionId, mine.ballot, mine.salt);
  return revealed === cast && hashOf(revealed) === receipt.commitment ? "counted" : "altered";
}

/** Every text the checks above will hash, so an asynchronous hasher can compute them first. */
export function textsToHash(
  decisionId: string,
  ballots: readonly CommittedBallot[],
  receipt: BallotReceipt | null,
): string[] {
  const texts = ballots.flatMap((entry) =>
    entry.ballot !== null && entry.salt !== null
      ? [commitmentText(decisionId, entry.ballot, entry.salt)]
      : [],
  );
  if (receipt !== null) texts.push(commitmentText(decisionId, receipt.ballot, receipt.salt));
  return texts;
}
