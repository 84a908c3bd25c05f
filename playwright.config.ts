// End-to-end specs in real Chromium against the built app, served by the real server on a
// fresh data directory. The browser is the system's Chromium: never downloaded here.
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  const message = `Chromium not found at ${CHROMIUM}. Install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`;
  if (process.env.CI === "true") throw new Error(`[e2e] ${message}`);
  console.warn(`\n[e2e] SKIPPING every end-to-end spec: ${message}\n`);
}

// Evaluated again in each worker; only the main process starts the web server.
const dataDir = join(tmpdir(), `.data-e2e-${Date.now()}`);

export default defineConfig({
  testDir: "e2e",
  // Without a browser, run only the placeholder that reports the skip.
  testMatch: hasChromium ? "**/*.spec.ts" : "support/no-chromium.check.ts",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI === "true" ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  forbidOnly: process.env.CI === "true",
  reporter: process.env.CI === "true" ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL: BASE_URL,
    browserName: "chromium",
    headless: true,
    viewport: { width: 1440, height: 900 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    acceptDownloads: true,
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-quic",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium" }],
  webServer: hasChromium
    ? [
        {
          command: "npm run build && node apps/server/src/main.ts",
          url: `${BASE_URL}/healthz`,
          reuseExistingServer: false,
          timeout: 180_000,
          stdout: "ignore",
          stderr: "pipe",
          env: {
            PORT: String(PORT),
            HOST: "127.0.0.1",
            DATA_DIR: dataDir,
            PUBLIC_URL: BASE_URL,
            LOG_LEVEL: "warn",
            // A guest who cancels leaves the lobby after this grace; short, so specs see it.
            LOBBY_LEAVE_GRACE_MS: "2000",
            // Specs run their webhook receiver on this machine, a private address.
            WEBHOOK_ALLOW_PRIVATE: "true",
            // Several checkouts may run this on one machine: metrics on any free port.
            METRICS_PORT: "0",
            // Every spec opens its rooms from this one address: the whole suite makes more
            // than the default 60 an hour (the limit itself is tested in deploy.integration).
            ROOMS_PER_IP_PER_HOUR: "10000",
          },
        },
      ]
    : [],
});
