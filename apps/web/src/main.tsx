// Entry point: styles, translations, the debug handle, and the app.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.tsx";
import { setupI18n } from "./i18n/index.ts";
import { exposeDebugHandle } from "./realtime/debugHandle.ts";
import "./styles/index.css";

setupI18n();
exposeDebugHandle();

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
