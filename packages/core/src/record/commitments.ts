// What the record says of a sealed decision's commitments once revealed: how many ballots
// were committed before the reveal, whether every revealed ballot matches, and the digest
// of all commitments (docs/counting.md, "Checking a sealed vote"). Hashing is the caller's
// (node:crypto on the server): without it the record leaves this out.
import {
  checkReveal,
  commitmentsDigestText,
  type HashOf,
  type RevealCheck,
} from "../commitment.ts";
import type { Decision } from "../types.ts";
import { ballotsHidden } from "./facts.ts";
import { count } from "./format.ts";

export interface CommitmentsRecord {
  /** Ballots that carried a commitment. */
  committed: number;
  check: RevealCheck;
  /** SHA-256 (base64url) of every commitment, in ballot order. */
  digest: string;
}

export function commitmentsOf(
  decision: Decision,
  hashOf: HashOf | undefined,
): CommitmentsRecord | null {
  if (hashOf === undefined || !decision.sealed || ballotsHidden(decision)) return null;
  const entries = decision.ballots.map((entry) => ({
    commitment: entry.commitment ?? null,
    ballot: entry.ballot,
    salt: entry.salt ?? null,
  }));
  const commitments = entries.flatMap((entry) =>
    entry.commitment === null ? [] : [entry.commitment],
  );
  if (commitments.length === 0) return null;
  return {
    committed: commitments.length,
    check: checkReveal(decision.id, entries, hashOf),
    digest: hashOf(commitmentsDigestText(decision.id, commitments)),
  };
}

export function commitmentsLine(record: CommitmentsRecord): string {
  const committed = count(record.committed, "ballot", "ballots");
  const { check } = record;
  const verdict =
    check.verdict === "verified"
      ? "all match"
      : check.verdict === "mismatch"
        ? `${count(check.mismatched.length, "ballot does", "ballots do")} NOT match (${check.mismatched.map((i) => i + 1).join(", ")})`
        : `${check.verified} match, ${check.unchecked} cannot be checked`;
  return `- Commitments: ${committed} committed before the reveal, ${verdict}; digest ${record.digest}.`;
}
