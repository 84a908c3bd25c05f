// Every page at 1440, 1024 and 390 px: nothing wider than the screen but the board's own
// scroller, menus open inside the screen, the header stays compact and labelled, the timer
// keeps its buttons, the people panel's title is below the header, four decisions fit at
// 1440 px. Each page's screenshot at each width goes to artifacts/screenshots/widths/.
import { type Browser, expect, type Page, test } from "@playwright/test";
import {
  closeAll,
  column,
  expectLive,
  openRoom,
  openSettings,
  openVoting,
  optionCard,
  startTimer,
} from "./support/room.ts";

const WIDTHS = [1440, 1024, 390] as const;
const HEIGHT = { 1440: 900, 1024: 768, 390: 844 } as const;

/** Visible elements sticking out of the screen, outside the board's horizontal scroller. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scroller = document.querySelector(".board");
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) {
      found.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    }
    for (const element of document.querySelectorAll<HTMLElement>("body *")) {
      if (scroller && scroller !== element && scroller.contains(element)) continue;
      // Not rendered: a closed <details>' content keeps its boxes, hidden from view.
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      const box = element.getBoundingClientRect();
      // Screen-reader-only text is a 1 px box on purpose.
      if (box.width <= 1 || box.height <= 1) continue;
      const style = getComputedStyle(element);
      if (style.visibility === "hidden" || style.position === "fixed") continue;
      if (box.right > width + 1 || box.left < -1) {
        const name = `${element.tagName.toLowerCase()}.${[...element.classList].join(".")}`;
        found.push(`${name} ${Math.round(box.left)}..${Math.round(box.right)} of ${width}`);
      }
    }
    return found.slice(0, 8);
  });
}

async function shot(page: Page, name: string, width: number): Promise<void> {
  await page.screenshot({ path: `artifacts/screenshots/widths/${name}-${width}.png` });
}

async function personAt(browser: Browser, width: (typeof WIDTHS)[number], url: string) {
  const context = await browser.newContext({ viewport: { width, height: HEIGHT[width] } });
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

for (const width of WIDTHS) {
  test(`every page fits at ${width} px`, async ({ browser }) => {
    test.setTimeout(180_000);
    const viewport = { width, height: HEIGHT[width] };
    const start = await browser.newPage({ viewport });
    await start.goto("/");
    await expect(start.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await overflowing(start)).toEqual([]);
    await shot(start, "start", width);
    await start.close();

    const { facilitator: fran, roomUrl } = await openRoom(browser, {
      title: "Checkout platform",
      name: "Fran Müller",
    });
    await fran.page.setViewportSize(viewport);
    const roomId = new URL(roomUrl).pathname.split("/")[2] ?? "";

    const guest = await personAt(browser, width, roomUrl);
    await expect(guest.page.getByRole("button", { name: "Join the room" })).toBeVisible();
    expect(await overflowing(guest.page)).toEqual([]);
    await shot(guest.page, "join", width);
    await guest.page.getByLabel("Your name").fill("Ava Chen");
    await guest.page.getByRole("button", { name: "Join the room" }).click();
    await expectLive(guest.page);

    const watcher = await personAt(browser, width, roomUrl);
    await watcher.page.getByLabel("Your name").fill("Olu");
    await watcher.page.getByRole("radio", { name: /^Observer/ }).check();
    await watcher.page.getByRole("button", { name: "Join the room" }).click();
    await expectLive(watcher.page);

    await openVoting(fran.page, "API style");
    await optionCard(guest.page, "API style", "REST")
      .getByRole("button", { name: "Pick REST" })
      .click();
    await startTimer(fran.page, "API style", { minutes: 5 });
    await expect(fran.page.getByTestId("timer")).toBeVisible();

    for (const [who, page] of [
      ["facilitator", fran.page],
      ["voter", guest.page],
      ["observer", watcher.page],
    ] as const) {
      await expect(page.getByTestId("timer")).toBeVisible();
      expect(await overflowing(page), who).toEqual([]);
      await shot(page, `board-${who}`, width);
    }

    // The timer's stop button is whole, inside the badge.
    const timer = await fran.page.getByTestId("timer").boundingBox();
    const stop = await fran.page
      .getByTestId("timer")
      .getByRole("button", { name: "Stop the timer" })
      .boundingBox();
    expect(timer && stop && stop.x >= timer.x && stop.x + stop.width <= timer.x + timer.width).toBe(
      true,
    );

    // Every header action has a name and, where its word is hidden, a tooltip.
    for (const button of await fran.page.locator(".room-actions .button").all()) {
      const name = await button.evaluate(
        (element) => element.getAttribute("aria-label") ?? element.textContent ?? "",
      );
      expect(name.trim()).not.toBe("");
      const wordShown = await button.evaluate((element) => {
        const word = element.querySelector("span");
        return word !== null && word.getBoundingClientRect().width > 1;
      });
      if (!wordShown) expect(await button.getAttribute("title")).toBeTruthy();
    }

    // The export menu opens inside the screen.
    await fran.page.locator("summary", { hasText: "Export" }).click();
    const menu = await fran.page.locator(".menu-panel").boundingBox();
    expect(menu).not.toBeNull();
    if (menu) {
      expect(menu.x).toBeGreaterThanOrEqual(0);
      expect(menu.x + menu.width).toBeLessThanOrEqual(width);
    }
    // Open, it widens nothing either (on a phone it opens to the right of its button).
    expect(await overflowing(fran.page), "export menu open").toEqual([]);
    await shot(fran.page, "export-menu", width);
    await fran.page.locator("summary", { hasText: "Export" }).click();

    if (width === 1440) {
      // The four decisions of the template fit side by side.
      const board = await fran.page.locator(".board").boundingBox();
      for (const title of ["API style", "Language and runtime", "Database", "Client interaction"]) {
        const box = await column(fran.page, title).boundingBox();
        expect(box && board && box.x + box.width <= board.x + board.width, title).toBe(true);
      }
    }
    if (width === 390) {
      const header = await fran.page.locator(".room-header").boundingBox();
      // Title, timer and actions: three short rows, not five.
      expect(header?.height ?? 0).toBeLessThanOrEqual(140);
    }

    // The people panel's title is below the sticky header, not under it.
    await fran.page.getByRole("button", { name: /^People/ }).click();
    const title = fran.page.getByRole("heading", { name: "People", level: 2 });
    await expect(title).toBeVisible();
    const headerBox = await fran.page.locator(".room-header").boundingBox();
    const titleBox = await title.boundingBox();
    if (width > 720) {
      expect((titleBox?.y ?? 0) + 1).toBeGreaterThanOrEqual(
        (headerBox?.y ?? 0) + (headerBox?.height ?? 0),
      );
    }
    await shot(fran.page, "people", width);
    // Closed by its own button: on a phone the panel covers the board, and Escape only
    // reaches it when focus is inside.
    await fran.page.getByRole("button", { name: "Close the people panel" }).click();
    await expect(title).toBeHidden();

    // The anonymity select stays inside its group of the settings dialog. A phone shows
    // one decision at a time: choose Database first.
    if (width === 390) {
      await fran.page
        .getByRole("combobox", { name: "Decision shown" })
        .selectOption({ label: "Database" });
    }
    const settingsButton = fran.page.getByRole("button", { name: "Settings for Database" });
    if (await settingsButton.count()) {
      const dialog = await openSettings(fran.page, "Database");
      const privacy = dialog.getByRole("group", { name: "Privacy" });
      const group = await privacy.boundingBox();
      const select = await privacy.getByLabel("Anonymity").boundingBox();
      expect(group && select && select.x + select.width <= group.x + group.width + 0.5).toBe(true);
      await dialog.getByRole("button", { name: "Cancel" }).click();
      await expect(dialog).toBeHidden();
    }

    for (const [name, path] of [
      ["record", `/r/${roomId}/record`],
      ["summary", `/r/${roomId}/summary`],
      ["replay", `/r/${roomId}/replay`],
    ] as const) {
      await fran.page.goto(path);
      await expect(fran.page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      await fran.page.waitForLoadState("networkidle");
      expect(await overflowing(fran.page), name).toEqual([]);
      await shot(fran.page, name, width);
    }

    await guest.context.close();
    await watcher.context.close();
    await closeAll(fran);
  });
}
