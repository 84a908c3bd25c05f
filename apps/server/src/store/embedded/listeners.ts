// In-process subscribers per room. They live apart from loaded rooms, so that evicting a
// room from memory never drops a subscription.
import type { RoomEvent } from "@stackboard/core";
import type { StoreListener } from "../types.ts";

export class Listeners {
  private readonly byRoom = new Map<string, Set<StoreListener>>();

  private readonly onError: (roomId: string, event: RoomEvent, err: unknown) => void;

  constructor(onError: (roomId: string, event: RoomEvent, err: unknown) => void) {
    this.onError = onError;
  }

  add(roomId: string, listener: StoreListener): () => void {
    let set = this.byRoom.get(roomId);
    if (set === undefined) {
      set = new Set();
      this.byRoom.set(roomId, set);
    }
    // A wrapper, so that subscribing the same function twice gives two subscriptions.
    const entry: StoreListener = (event) => listener(event);
    set.add(entry);
    return () => {
      const current = this.byRoom.get(roomId);
      current?.delete(entry);
      if (current?.size === 0) this.byRoom.delete(roomId);
    };
  }

  /** Calls every listener with the event; one listener's bug spares the others. */
  publish(roomId: string, event: RoomEvent): void {
    const set = this.byRoom.get(roomId);
    if (set === undefined) return;
    // A copy only when a listener could add or remove another one meanwhile.
    for (const listener of set.size === 1 ? set : [...set]) {
      try {
        listener(event);
      } catch (err) {
        this.onError(roomId, event, err);
      }
    }
  }

  clear(): void {
    this.byRoom.clear();
  }
}
