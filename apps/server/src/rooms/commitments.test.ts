// The server's commitment check: the same bytes and hash as the browser's Web Crypto.
import { webcrypto } from "node:crypto";
import { type Ballot, commitmentText } from "@stackboard/core";
import { describe, expect, it } from "vitest";
import { commitmentProblem, sha256Base64url } from "./commitments.ts";

const ballot: Ballot = { mode: "ranked", ranking: ["a", "b"] };
const salt = "s".repeat(43);

async function webCryptoCommitment(text: string): Promise<string> {
  const digest = await webcrypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Buffer.from(digest).toString("base64url");
}

describe("commitmentProblem", () => {
  it("accepts a commitment made with Web Crypto, as the browser makes it", async () => {
    const commitment = await webCryptoCommitment(commitmentText("d1", ballot, salt));
    expect(sha256Base64url(commitmentText("d1", ballot, salt))).toBe(commitment);
    expect(commitmentProblem("d1", ballot, commitment, salt)).toBeNull();
  });

  it("refuses a commitment of another ballot, decision or salt, or one without its salt", async () => {
    const commitment = await webCryptoCommitment(commitmentText("d1", ballot, salt));
    const other: Ballot = { mode: "ranked", ranking: ["b", "a"] };
    expect(commitmentProblem("d1", other, commitment, salt)).toMatch(/does not match/);
    expect(commitmentProblem("d2", ballot, commitment, salt)).toMatch(/does not match/);
    expect(commitmentProblem("d1", ballot, commitment, "t".repeat(43))).toMatch(/does not match/);
    expect(commitmentProblem("d1", ballot, commitment, undefined)).toMatch(/together/);
  });

  it("lets a ballot without a commitment through (an older client, or no Web Crypto)", () => {
    expect(commitmentProblem("d1", ballot, undefined, undefined)).toBeNull();
  });
});
