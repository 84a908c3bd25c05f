// The app as a browser receives it: a skeleton at first paint that the app replaces, the
// bundles as brotli copies cached for a year, no source maps, the rarely used pages as
// chunks of their own, and the board, the record and its charts under the strict CSP.
import { expect, type Page, test } from "@playwright/test";
import { closeAll, column, openRoom, openVoting, optionCard } from "./support/room.ts";

/** CSP violations the page reports, and every response it receives. */
function watch(page: Page) {
  const violations: string[] = [];
  const responses: { url: string; headers: Record<string, string> }[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on("response", (response) =>
    responses.push({ url: response.url(), headers: response.headers() }),
  );
  return { violations, responses };
}

test("the first paint is a skeleton the app replaces; bundles come compressed and cached, without maps", async ({
  page,
}) => {
  const { violations, responses } = watch(page);
  const response = await page.goto("/");
  const html = (await response?.text()) ?? "";
  expect(html).toContain("Loading the board…");
  // The stylesheet comes after the skeleton, so it does not hold back the first paint.
  expect(html.indexOf('rel="stylesheet"')).toBeGreaterThan(html.indexOf("Loading the board…"));
  expect(response?.headers()["cache-control"]).toBe("no-cache");
  await expect(page.getByRole("button", { name: "Create room" })).toBeVisible();
  await expect(page.getByTestId("boot-skeleton")).toHaveCount(0);

  const bundles = responses.filter(({ url }) => /\/assets\/.+\.(js|css)$/.test(url));
  expect(bundles.length).toBeGreaterThan(1);
  for (const { url, headers } of bundles) {
    // Under 1 KiB a file goes as it is (a compressed copy would save less than it costs).
    if (headers["content-encoding"] === undefined) {
      expect(Number(headers["content-length"]), url).toBeLessThan(1024);
    } else {
      expect(headers["content-encoding"], url).toBe("br");
    }
    expect(headers["cache-control"], url).toBe("public, max-age=31536000, immutable");
    expect(headers.sourcemap, url).toBeUndefined();
  }
  expect(responses.filter(({ url }) => url.endsWith(".map"))).toEqual([]);
  expect(violations).toEqual([]);
});

test("the board and the record work under the strict CSP; the record is fetched only when opened", async ({
  browser,
}) => {
  const { facilitator: fran } = await openRoom(browser, { title: "Served", name: "Fran" });
  const { violations, responses } = watch(fran.page);
  await fran.page.reload();
  await openVoting(fran.page, "API style");
  const pick = optionCard(fran.page, "API style", "REST").getByRole("button", {
    name: "Pick REST",
  });
  await pick.click();
  await expect(pick).toHaveAttribute("aria-pressed", "true");
  await expect(column(fran.page, "API style").getByTestId("tally-row").first()).toBeVisible();
  const boardScripts = responses.filter(({ url }) => url.endsWith(".js")).map(({ url }) => url);

  await fran.page.getByRole("link", { name: "Record" }).click();
  await expect(fran.page.getByTestId("record")).toBeVisible();
  const recordScripts = responses
    .filter(({ url }) => url.endsWith(".js"))
    .map(({ url }) => url)
    .filter((url) => !boardScripts.includes(url));
  expect(recordScripts.some((url) => /RecordPage/.test(url))).toBe(true);
  expect(boardScripts.some((url) => /RecordPage|ReplayPage|CountingPage/.test(url))).toBe(false);
  expect(violations).toEqual([]);
  await closeAll(fran);
});
