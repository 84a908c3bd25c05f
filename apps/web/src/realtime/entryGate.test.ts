import type { WireError } from "@stackboard/contracts";
import { describe, expect, it } from "vitest";
import {
  afterAdmission,
  afterJoinRefused,
  afterKnockRefused,
  type EntryContext,
  RETRY_ENTRY_MS,
} from "./entryGate.ts";

const error = (code: WireError["code"]): WireError => ({ code, message: code });
const fresh: EntryContext = {
  passphrase: null,
  downgrades: 0,
  identity: { facilitatorKey: null, participantToken: null },
};
const withPass: EntryContext = {
  ...fresh,
  identity: { facilitatorKey: null, participantToken: "t" },
};

describe("a refused join", () => {
  it("asks for the passphrase, saying what was wrong with the last one", () => {
    expect(afterJoinRefused(error("PASSPHRASE_REQUIRED"), fresh)).toEqual({
      kind: "askPassphrase",
      problem: null,
    });
    expect(afterJoinRefused(error("PASSPHRASE_WRONG"), fresh)).toEqual({
      kind: "askPassphrase",
      problem: "wrong",
    });
    const typed = { ...fresh, passphrase: "guess" };
    expect(afterJoinRefused(error("RATE_LIMITED"), typed)).toEqual({
      kind: "askPassphrase",
      problem: "tooMany",
    });
  });

  it("knocks on a room with a lobby, and stops for good when removed", () => {
    expect(afterJoinRefused(error("LOBBY_REQUIRED"), fresh)).toEqual({
      kind: "go",
      attempt: "knock",
    });
    expect(afterJoinRefused(error("REMOVED"), withPass)).toEqual({ kind: "removed" });
  });

  it("drops a stale facilitator key first (telling the person), then the pass, then gives up", () => {
    const both = { ...fresh, identity: { facilitatorKey: "k", participantToken: "t" } };
    expect(afterJoinRefused(error("UNAUTHORIZED"), both)).toEqual({
      kind: "forget",
      credential: "facilitatorKey",
      attempt: "join",
      tell: true,
    });
    expect(afterJoinRefused(error("UNAUTHORIZED"), { ...withPass, downgrades: 1 })).toEqual({
      kind: "forget",
      credential: "participantToken",
      attempt: "join",
      tell: false,
    });
    expect(afterJoinRefused(error("UNAUTHORIZED"), { ...withPass, downgrades: 2 })).toEqual({
      kind: "fail",
    });
  });

  it("tries again after a pause when the trouble passes, and fails for good otherwise", () => {
    for (const code of ["RATE_LIMITED", "STORE_UNAVAILABLE", "CONFLICT", "INTERNAL"] as const) {
      expect(afterJoinRefused(error(code), fresh)).toEqual({
        kind: "retry",
        attempt: "join",
        afterMs: RETRY_ENTRY_MS,
      });
    }
    expect(afterJoinRefused(error("ROOM_NOT_FOUND"), fresh)).toEqual({ kind: "fail" });
    expect(afterJoinRefused(error("CLIENT_TOO_OLD"), fresh)).toEqual({ kind: "fail" });
  });
});

describe("a refused knock", () => {
  it("walks in when the lobby was turned off", () => {
    expect(afterKnockRefused(error("NO_LOBBY"), fresh)).toEqual({ kind: "go", attempt: "join" });
  });

  it("knocks as someone new when the lobby forgot its pass, but not forever", () => {
    expect(afterKnockRefused(error("UNAUTHORIZED"), withPass)).toEqual({
      kind: "forget",
      credential: "participantToken",
      attempt: "knock",
      tell: false,
    });
    expect(afterKnockRefused(error("UNAUTHORIZED"), { ...withPass, downgrades: 2 })).toEqual({
      kind: "fail",
    });
    expect(afterKnockRefused(error("UNAUTHORIZED"), fresh)).toEqual({ kind: "fail" });
  });

  it("asks for the passphrase, retries passing trouble and stops when removed", () => {
    expect(afterKnockRefused(error("PASSPHRASE_WRONG"), fresh)).toEqual({
      kind: "askPassphrase",
      problem: "wrong",
    });
    expect(afterKnockRefused(error("STORE_UNAVAILABLE"), fresh)).toEqual({
      kind: "retry",
      attempt: "knock",
      afterMs: RETRY_ENTRY_MS,
    });
    expect(afterKnockRefused(error("REMOVED"), withPass)).toEqual({ kind: "removed" });
  });
});

describe("the lobby's answer", () => {
  const roomId = "r".repeat(22);
  const waiting = { roomId, knockedAs: "p1", gate: { kind: "lobby" as const } };

  it("lets the waiting tab in, or tells it no", () => {
    expect(afterAdmission({ roomId, participantId: "p1", admitted: true }, waiting)).toBe("join");
    expect(afterAdmission({ roomId, participantId: "p1", admitted: false }, waiting)).toBe(
      "denied",
    );
  });

  it("is ignored when it is about someone else, another room, or nobody waits", () => {
    expect(afterAdmission({ roomId, participantId: "p2", admitted: true }, waiting)).toBe("ignore");
    expect(
      afterAdmission({ roomId: "s".repeat(22), participantId: "p1", admitted: true }, waiting),
    ).toBe("ignore");
    expect(
      afterAdmission({ roomId, participantId: "p1", admitted: true }, { ...waiting, gate: null }),
    ).toBe("ignore");
  });
});
