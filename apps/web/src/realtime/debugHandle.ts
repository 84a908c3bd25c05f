// `window.stackboard.sendCommand(...)` from the devtools console: handy for support and
// for tests that check the server refuses what the UI hides. It grants nothing the
// socket does not already allow: the server authorises every command.
import type { CommandBody } from "@stackboard/core";
import { sendCommand } from "./portal.ts";

declare global {
  interface Window {
    stackboard?: { sendCommand: (command: CommandBody) => string | null };
  }
}

export function exposeDebugHandle(): void {
  window.stackboard = { sendCommand };
}
