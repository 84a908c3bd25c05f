// Entry point: styles, translations, the debug handle, the room's socket, and the app.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.tsx";
import { enterOnArrival } from "./app/arrival.ts";
import { setupI18n } from "./i18n/index.ts";
import { browserStorage } from "./lib/storage.ts";
import { exposeDebugHandle } from "./realtime/debugHandle.ts";
import { releaseEarlySocket } from "./realtime/earlySocket.ts";
import { enterRoom } from "./realtime/portal.ts";
import "./styles/index.css";

setupI18n();
exposeDebugHandle();
// A returning visitor's board: open the socket now, before React's first render, so the
// handshake and the join (round trips on a slow link) overlap the render. Its connection
// adopts the socket index.html opened; anyone else has no use for that socket.
enterOnArrival(window.location, browserStorage(), enterRoom);
releaseEarlySocket();

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
