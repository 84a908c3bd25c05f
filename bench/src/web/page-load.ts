// One cold load of the board page in real Chromium over DevTools' "Fast 3G" (set through a
// CDP session, so it shapes every request of the page): bytes on the wire, first
// contentful paint, and the moment the board is usable — the first ballot button enabled.
import type { Browser } from "playwright";

/** DevTools' Fast 3G preset: 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9 up, 150 ms × 3.75 RTT. */
export const FAST_3G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
} as const;

/** After the board is usable, what it still fetches on its own (lazy chunks) counts too. */
const SETTLE_MS = 3000;

export interface LoadFigures {
  /** Every response's encoded bytes (headers included), as DevTools counts "transferred". */
  bytes: number;
  requests: number;
  fcpMs: number | null;
  usableMs: number;
}

/**
 * Loads `url` in a fresh context (empty cache) as a returning voter of `roomId` (a name
 * in storage, as a reload leaves it, so the page joins without a form).
 */
export async function measureLoad(
  browser: Browser,
  url: string,
  roomId: string,
): Promise<LoadFigures> {
  const context = await browser.newContext({ locale: "en-US" });
  try {
    await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
      `stackboard:room:${roomId}`,
      JSON.stringify({
        name: "Bench",
        role: "voter",
        participantToken: null,
        facilitatorKey: null,
      }),
    ] as const);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", FAST_3G);
    let bytes = 0;
    let requests = 0;
    cdp.on("Network.loadingFinished", (event) => {
      bytes += event.encodedDataLength;
      requests += 1;
    });
    await page.goto(url, { waitUntil: "commit" });
    const usable = await page.waitForFunction(
      () => {
        const ballot = [...document.querySelectorAll("button")].find(
          (button) =>
            (button.getAttribute("aria-label") ?? "").startsWith("Pick ") && !button.disabled,
        );
        return ballot === undefined ? false : performance.now();
      },
      undefined,
      { polling: 20, timeout: 120_000 },
    );
    const usableMs = (await usable.jsonValue()) as number;
    const fcpMs = await page.evaluate(
      () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
    );
    await page.waitForTimeout(SETTLE_MS);
    return { bytes, requests, fcpMs, usableMs };
  } finally {
    await context.close();
  }
}
