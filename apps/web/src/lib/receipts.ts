// What this browser kept of the sealed ballots it cast: the ballot, its salt and its
// commitment, per room and decision, so after the reveal it can check its own receipt.
import type { BallotReceipt } from "@stackboard/core";
import { browserStorage, isRecord, type KeyValueStore, readJson, writeJson } from "./storage.ts";

/** A voter may change a ballot a few times; the last ones are enough to find the counted one. */
const KEEP = 8;

const keyOf = (roomId: string, decisionId: string) => `stackboard:receipts:${roomId}:${decisionId}`;

function isReceipt(value: unknown): value is BallotReceipt {
  return (
    isRecord(value) &&
    typeof value.decisionId === "string" &&
    typeof value.salt === "string" &&
    typeof value.commitment === "string" &&
    isRecord(value.ballot) &&
    typeof value.ballot.mode === "string"
  );
}

export function readReceipts(
  roomId: string,
  decisionId: string,
  store: KeyValueStore = browserStorage(),
): BallotReceipt[] {
  const value = readJson(store, keyOf(roomId, decisionId));
  return Array.isArray(value) ? value.filter(isReceipt) : [];
}

export function keepReceipt(
  roomId: string,
  receipt: BallotReceipt,
  store: KeyValueStore = browserStorage(),
): void {
  const kept = readReceipts(roomId, receipt.decisionId, store);
  writeJson(store, keyOf(roomId, receipt.decisionId), [...kept, receipt].slice(-KEEP));
}

/** The receipt for the commitment the room holds for me, else my latest. */
export function receiptFor(
  roomId: string,
  decisionId: string,
  commitment: string | null,
  store: KeyValueStore = browserStorage(),
): BallotReceipt | null {
  const kept = readReceipts(roomId, decisionId, store);
  return kept.find((receipt) => receipt.commitment === commitment) ?? kept.at(-1) ?? null;
}
