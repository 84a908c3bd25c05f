import { describe, expect, it } from "vitest";
import { hashPassphrase, passphraseMatches } from "./passphrase.ts";

describe("room passphrases", () => {
  it("keeps a salted scrypt hash that only the passphrase itself matches", async () => {
    const first = await hashPassphrase("correct horse");
    const second = await hashPassphrase("correct horse");
    expect(first).toMatch(/^scrypt\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(first).not.toContain("correct horse");
    // A fresh salt each time: equal passphrases do not give equal hashes.
    expect(second).not.toBe(first);
    expect(await passphraseMatches("correct horse", first)).toBe(true);
    expect(await passphraseMatches("correct horse", second)).toBe(true);
    expect(await passphraseMatches("correct horsE", first)).toBe(false);
    expect(await passphraseMatches("", first)).toBe(false);
  });

  it("matches nothing against a hash it cannot read", async () => {
    const hash = await hashPassphrase("pw");
    const [, salt] = hash.split("$");
    for (const stored of ["", "pw", `bcrypt$${salt}$x`, `scrypt$${salt}$c2hvcnQ=`, `${hash}$x`]) {
      expect(await passphraseMatches("pw", stored)).toBe(false);
    }
  });
});
