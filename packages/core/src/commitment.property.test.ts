// Verifiable sealed ballots with the real SHA-256: a generated ballot set's commitments
// verify after the reveal; any changed ballot, salt or order fails.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CommittedBallot,
  checkReceipt,
  checkReveal,
  commitmentText,
  type HashOf,
} from "./commitment.ts";
import { ballotArb } from "./test-support/arbitraries.ts";
import type { Ballot } from "./types.ts";

// core type-checks without Node's types, so node:crypto is loaded through an untyped import.
interface NodeCrypto {
  createHash(algorithm: "sha256"): {
    update(text: string, encoding: "utf8"): { digest(encoding: "base64url"): string };
  };
}
const load = (specifier: string): Promise<unknown> => import(/* @vite-ignore */ specifier);
const { createHash } = (await load("node:crypto")) as NodeCrypto;

const sha256: HashOf = (text) => createHash("sha256").update(text, "utf8").digest("base64url");
const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".split("");
/** 32 bytes as unpadded base64url, as browsers draw them. */
const saltArb = fc
  .array(fc.constantFrom(...BASE64URL), { minLength: 43, maxLength: 43 })
  .map((chars) => chars.join(""));
const castArb = fc.array(fc.record({ ballot: ballotArb, salt: saltArb }), {
  minLength: 1,
  maxLength: 8,
});
const DECISION = "d1";

/** What the voters' browsers publish before the reveal, and what the reveal carries. */
function committed(casts: readonly { ballot: Ballot; salt: string }[]): CommittedBallot[] {
  return casts.map(({ ballot, salt }) => ({
    commitment: sha256(commitmentText(DECISION, ballot, salt)),
    ballot,
    salt,
  }));
}
const same = (a: Ballot, b: Ballot) =>
  commitmentText(DECISION, a, "") === commitmentText(DECISION, b, "");

describe("sealed ballot commitments", () => {
  it("a generated ballot set verifies after the reveal, and every voter's receipt is counted", () => {
    fc.assert(
      fc.property(castArb, (casts) => {
        const ballots = committed(casts);
        expect(checkReveal(DECISION, ballots, sha256)).toEqual({
          verdict: "verified",
          verified: casts.length,
          mismatched: [],
          unchecked: 0,
        });
        for (const entry of ballots) {
          const receipt = {
            decisionId: DECISION,
            ballot: entry.ballot as Ballot,
            salt: entry.salt as string,
            commitment: entry.commitment as string,
          };
          expect(checkReceipt(receipt, ballots, sha256)).toBe("counted");
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a changed ballot fails the reveal check and its voter's receipt", () => {
    fc.assert(
      fc.property(castArb, fc.nat(), ballotArb, (casts, at, other) => {
        const ballots = committed(casts);
        const index = at % ballots.length;
        const target = ballots[index] as CommittedBallot;
        fc.pre(!same(target.ballot as Ballot, other));
        const receipt = {
          decisionId: DECISION,
          ballot: target.ballot as Ballot,
          salt: target.salt as string,
          commitment: target.commitment as string,
        };
        const tampered = ballots.map((entry, i) =>
          i === index ? { ...entry, ballot: other } : entry,
        );
        const check = checkReveal(DECISION, tampered, sha256);
        expect(check.verdict).toBe("mismatch");
        expect(check.mismatched).toEqual([index]);
        expect(checkReceipt(receipt, tampered, sha256)).toBe("altered");
      }),
      { numRuns: 300 },
    );
  });

  it("a changed salt fails", () => {
    fc.assert(
      fc.property(castArb, fc.nat(), saltArb, (casts, at, salt) => {
        const ballots = committed(casts);
        const index = at % ballots.length;
        fc.pre(ballots[index]?.salt !== salt);
        const tampered = ballots.map((entry, i) => (i === index ? { ...entry, salt } : entry));
        expect(checkReveal(DECISION, tampered, sha256).mismatched).toEqual([index]);
      }),
      { numRuns: 300 },
    );
  });

  it("a changed order fails: revealed ballots swapped between two places", () => {
    fc.assert(
      fc.property(castArb, fc.nat(), fc.nat(), (casts, a, b) => {
        const ballots = committed(casts);
        const i = a % ballots.length;
        const j = b % ballots.length;
        fc.pre(i !== j && ballots[i]?.commitment !== ballots[j]?.commitment);
        const swapped = ballots.map((entry, k) => {
          const from = k === i ? ballots[j] : k === j ? ballots[i] : entry;
          return { ...entry, ballot: from?.ballot ?? null, salt: from?.salt ?? null };
        });
        expect(checkReveal(DECISION, swapped, sha256).verdict).toBe("mismatch");
      }),
      { numRuns: 300 },
    );
  });

  it("a ranked ballot in another order is another ballot", () => {
    const salt = "r".repeat(43);
    const cast: Ballot = { mode: "ranked", ranking: ["a", "b"] };
    const reordered: Ballot = { mode: "ranked", ranking: ["b", "a"] };
    const [entry] = committed([{ ballot: cast, salt }]);
    expect(
      checkReveal(DECISION, [{ ...(entry as CommittedBallot), ballot: reordered }], sha256).verdict,
    ).toBe("mismatch");
  });

  it("a ballot cast without a commitment cannot be checked, and a receipt nobody carries is missing", () => {
    const salt = "m".repeat(43);
    const ballot: Ballot = { mode: "pick", optionId: "a" };
    const check = checkReveal(DECISION, [{ commitment: null, ballot, salt }], sha256);
    expect(check).toEqual({ verdict: "uncommitted", verified: 0, mismatched: [], unchecked: 1 });
    const receipt = { decisionId: DECISION, ballot, salt, commitment: sha256("other") };
    expect(checkReceipt(receipt, committed([{ ballot, salt }]), sha256)).toBe("missing");
  });
});
