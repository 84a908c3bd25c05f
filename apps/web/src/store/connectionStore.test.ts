import { afterEach, describe, expect, it } from "vitest";
import { useConnectionStore } from "./connectionStore.ts";

afterEach(() => useConnectionStore.getState().leave());

const joinedAsAda = () =>
  useConnectionStore.getState().joined({ participantId: "ada", role: "voter", clockOffset: 0 });

describe("presence freshness", () => {
  it("is fresh on the first connection", () => {
    useConnectionStore.getState().enter("room");
    joinedAsAda();
    expect(useConnectionStore.getState().presenceStale).toBe(false);
  });

  it("goes stale when a live connection is lost, and stays so until a roster arrives", () => {
    const store = useConnectionStore.getState();
    store.enter("room");
    joinedAsAda();
    store.setPresence([{ participantId: "ada", status: "online" }]);
    store.setStatus("offline");
    expect(useConnectionStore.getState().presenceStale).toBe(true);
    store.setStatus("reconnecting");
    joinedAsAda();
    expect(useConnectionStore.getState().presenceStale).toBe(true);
    store.setPresence([{ participantId: "ada", status: "online" }]);
    expect(useConnectionStore.getState().presenceStale).toBe(false);
  });
});
