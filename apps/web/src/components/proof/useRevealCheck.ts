// After a sealed decision's reveal: does every revealed ballot match the commitment
// published before it, and is my own ballot counted as I cast it? Hashing is Web Crypto's
// (asynchronous); the comparisons are core's.
import {
  type BallotReceipt,
  type CommittedBallot,
  checkReceipt,
  checkReveal,
  type Decision,
  type ReceiptCheck,
  type RevealCheck,
  textsToHash,
} from "@stackboard/core";
import { useEffect, useState } from "react";
import { canCommit, hasherFor } from "../../lib/commitment.ts";
import { receiptFor } from "../../lib/receipts.ts";
import { useRoomStore } from "../../store/roomStore.ts";
import { useMyId } from "../../store/selectors.ts";

export interface RevealProof {
  reveal: RevealCheck;
  /** null when this browser cast no committed ballot on the decision. */
  receipt: ReceiptCheck | null;
}

const isRevealed = (decision: Decision) =>
  decision.sealed && (decision.status === "revealed" || decision.status === "decided");

export function useRevealCheck(decision: Decision): RevealProof | null {
  const roomId = useRoomStore((s) => s.state.roomId);
  const myId = useMyId();
  const [proof, setProof] = useState<RevealProof | null>(null);
  const revealed = isRevealed(decision);
  const ballots = decision.ballots;

  useEffect(() => {
    if (!revealed || !canCommit()) {
      setProof(null);
      return;
    }
    let current = true;
    const entries: CommittedBallot[] = ballots.map((entry) => ({
      commitment: entry.commitment ?? null,
      ballot: entry.ballot,
      salt: entry.salt ?? null,
    }));
    const mine = ballots.find((entry) => entry.participantId === myId);
    const receipt: BallotReceipt | null =
      mine === undefined ? null : receiptFor(roomId, decision.id, mine.commitment ?? null);
    void hasherFor(textsToHash(decision.id, entries, receipt)).then((hashOf) => {
      if (!current) return;
      setProof({
        reveal: checkReveal(decision.id, entries, hashOf),
        receipt: receipt === null ? null : checkReceipt(receipt, entries, hashOf),
      });
    });
    return () => {
      current = false;
    };
  }, [revealed, ballots, myId, roomId, decision.id]);

  return proof;
}
