// A ballot cast into a sealed decision leaves this browser with its commitment and salt,
// and the receipt stays here (docs/counting.md, "Checking a sealed vote"). Hashing is
// asynchronous, so commands are sent through a queue that keeps their order: a cast and
// the retract right after it reach the server in the order they were made.
import { type CommandBody, findDecision } from "@stackboard/core";
import { canCommit, commitBallot } from "../lib/commitment.ts";
import { keepReceipt } from "../lib/receipts.ts";
import { useRoomStore } from "../store/roomStore.ts";

/** A cast on this decision leaves with a commitment: it is sealed and Web Crypto is here. */
export function needsCommitment(decisionId: string): boolean {
  return canCommit() && findDecision(useRoomStore.getState().state, decisionId)?.sealed === true;
}

/** The command as it should leave: a sealed cast with its commitment, anything else as is. */
export async function withCommitment(roomId: string, command: CommandBody): Promise<CommandBody> {
  if (command.type !== "ballot.cast" || !needsCommitment(command.decisionId)) return command;
  try {
    const { salt, commitment } = await commitBallot(command.decisionId, command.ballot);
    keepReceipt(roomId, {
      decisionId: command.decisionId,
      ballot: command.ballot,
      salt,
      commitment,
    });
    return { ...command, commitment, salt };
  } catch {
    // No digest to be had: the ballot still counts, it just cannot be checked.
    return command;
  }
}

/** Runs sends one after another, each after the one before it has left. */
export class OrderedSends {
  private tail: Promise<void> = Promise.resolve();
  private waiting = 0;

  /** True while a send is still being prepared: later ones must queue behind it. */
  get busy(): boolean {
    return this.waiting > 0;
  }

  enqueue(prepare: () => Promise<void>): void {
    this.waiting += 1;
    this.tail = this.tail
      .then(prepare)
      .catch(() => undefined)
      .then(() => {
        this.waiting -= 1;
      });
  }
}
