// The app, loaded by main.tsx: translations, the debug handle, the room's join, and React.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { setupI18n } from "../i18n/index.ts";
import { browserStorage } from "../lib/storage.ts";
import { exposeDebugHandle } from "../realtime/debugHandle.ts";
import { enterRoom } from "../realtime/portal.ts";
import { App } from "./App.tsx";
import { enterOnArrival } from "./arrival.ts";

setupI18n();
exposeDebugHandle();
// A returning visitor's board: join now, before React's first render, so the handshake (if
// main.tsx has not done it) and the join (round trips on a slow link) overlap the render.
enterOnArrival(window.location, browserStorage(), enterRoom);

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
