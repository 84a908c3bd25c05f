// Entry point, kept small: the stylesheet, the board's socket (connecting while the app's
// chunks download; index.html preloads them), then the app (app/start.tsx).

import { browserStorage } from "./lib/storage.ts";
import { connectEarly } from "./realtime/earlySocket.ts";
import "./styles/index.css";

connectEarly(window.location.pathname, browserStorage());
void import("./app/start.tsx");
