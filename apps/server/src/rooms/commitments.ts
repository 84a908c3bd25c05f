// Sealed-ballot commitments on the server, with node:crypto's SHA-256 (core defines the
// bytes; docs/counting.md, "Checking a sealed vote"). A cast that carries a commitment
// must carry the salt that opens it: the server checks the pair before the log takes the
// ballot, so a client cannot publish a commitment its own ballot does not match and
// later blame the reveal.
import { createHash } from "node:crypto";
import { type Ballot, commitmentsDigestText, commitmentText, type HashOf } from "@stackboard/core";

export const sha256Base64url: HashOf = (text) =>
  createHash("sha256").update(text, "utf8").digest("base64url");

/** Why a cast's commitment cannot be accepted, or null when it opens to its ballot. */
export function commitmentProblem(
  decisionId: string,
  ballot: Ballot,
  commitment: string | undefined,
  salt: string | undefined,
): string | null {
  if (commitment === undefined && salt === undefined) return null;
  if (commitment === undefined || salt === undefined) {
    return "A commitment and its salt travel together.";
  }
  return sha256Base64url(commitmentText(decisionId, ballot, salt)) === commitment
    ? null
    : "The commitment does not match the ballot and salt sent with it.";
}

/** The digest of a decision's commitments, in ballot order, that its reveal carries. */
export const commitmentsDigest = (decisionId: string, commitments: readonly string[]): string =>
  sha256Base64url(commitmentsDigestText(decisionId, commitments));
