import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { roomsDir } from "../../store/embedded/room-files.ts";
import { describeWebhookStoreContract, hookFor } from "./contract.ts";
import { openEmbeddedWebhookStore } from "./embedded.ts";

let dataDir = "";
const open = () => openEmbeddedWebhookStore({ dataDir, fsync: false });

describeWebhookStoreContract("embedded", {
  async open() {
    dataDir = await mkdtemp(path.join(tmpdir(), "stackboard-hooks-"));
    return {
      store: await open(),
      createRoom: async (roomId) => {
        await mkdir(path.join(roomsDir(dataDir), roomId), { recursive: true });
      },
    };
  },
  reopen: open,
  cleanup: () => rm(dataDir, { recursive: true, force: true }),
});

it("keeps hooks in a file beside the room's meta, not in its log", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "stackboard-hooks-"));
  const roomId = "AAAAAAAAAAAAAAAAAAAAAA";
  const room = path.join(roomsDir(dir), roomId);
  await mkdir(room, { recursive: true });
  const store = await openEmbeddedWebhookStore({ dataDir: dir, fsync: false });
  await store.addHook(roomId, hookFor("wh_aaaaaaaaaaaaaaaa"), 5);
  await store.close();
  const file = JSON.parse(await readFile(path.join(room, "webhooks.json"), "utf8"));
  expect(file.hooks).toEqual([hookFor("wh_aaaaaaaaaaaaaaaa")]);
  await rm(dir, { recursive: true, force: true });
});
