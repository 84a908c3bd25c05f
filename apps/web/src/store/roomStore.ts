// The local replica of the room. It changes only through core's reducer (applyEvents) or a
// catch-up snapshot from the server; components read it through selectors.
import { emptyRoom, type RoomEvent, type RoomState, reduceAll } from "@stackboard/core";
import { create, type StateCreator } from "zustand";

export interface RoomSlice {
  state: RoomState;
  applyEvents: (events: readonly RoomEvent[]) => void;
  replaceState: (state: RoomState) => void;
  reset: () => void;
}

export const createRoomSlice: StateCreator<RoomSlice, [], [], RoomSlice> = (set) => ({
  state: emptyRoom(),
  applyEvents: (events) => set((current) => ({ state: reduceAll(current.state, events) })),
  replaceState: (state) => set({ state }),
  reset: () => set({ state: emptyRoom() }),
});

export const useRoomStore = create<RoomSlice>()(createRoomSlice);
