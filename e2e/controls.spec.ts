// The ballot controls, used by a voter at 1440, 1024 and 390 px: a ranking reordered by
// keyboard alone (the drag library's Space, arrows, Space, with spoken announcements; in
// German too) and, at 1440 px, by a mouse drag, and the room's tally counts the ranking
// that was sent; a sealed consent vote blocked with a reason the facilitator (at a desk)
// reads after the reveal; a score ballot whose option names are whole, never cut, and whose
// scales answer to the arrow keys. At 390 px the voter's phone has a touch screen and shows
// one decision at a time, and the ranked row's targets are 44 px. At 1440 px axe checks the
// board with all three in use. Screenshots of each control at each width go to
// artifacts/screenshots/controls/.
import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Locator, type Page, test } from "@playwright/test";
import { expectScore, scoreScale, setScore } from "./support/ballots.ts";
import {
  closeAll,
  column,
  editSettings,
  expectLive,
  lockVoting,
  openRoom,
  openVoting,
  type Person,
  screenshot,
  tallyRow,
} from "./support/room.ts";

const WIDTHS = [1440, 1024, 390] as const;
const HEIGHT = { 1440: 900, 1024: 768, 390: 844 } as const;
const API = "API style";
const LANGUAGE = "Language and runtime";
const DATABASE = "Database";
const PROPOSAL = "We write the backend in Go, with one shared linter setup.";
const LONG_NAME = "Amazon Aurora PostgreSQL-Compatible Edition (Serverless v2)";

const ranking = (page: Page): Locator => column(page, API).getByTestId("my-ranking");
const row = (page: Page, option: string): Locator =>
  ranking(page).locator(`li[data-option="${option}"]`);
/** What the drag library's live region says (screen readers read it aloud). */
const announced = (page: Page, text: string): Locator =>
  page.locator('[id^="DndLiveRegion"]').filter({ hasText: text });

async function expectRanking(page: Page, options: string[]): Promise<void> {
  const items = ranking(page).locator("li");
  await expect(items).toHaveCount(options.length);
  for (const [index, option] of options.entries()) {
    await expect(items.nth(index)).toHaveAttribute("data-option", option);
  }
}

/** Joins as a voter in a browser of this size; on a phone, one with a touch screen. */
async function voterAt(
  browser: Browser,
  roomUrl: string,
  name: string,
  viewport: { width: number; height: number },
): Promise<Person> {
  const phone = viewport.width < 480;
  const context = await browser.newContext({ viewport, hasTouch: phone, isMobile: phone });
  const page = await context.newPage();
  await page.goto(roomUrl);
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("radio", { name: /^Voter/ }).check();
  await page.getByRole("button", { name: "Join the room" }).click();
  await expectLive(page);
  return { context, page, name };
}

/** On a phone the board shows one decision at a time: pick it in the switcher. */
async function show(page: Page, title: string): Promise<void> {
  const switcher = page.getByRole("combobox", { name: "Decision shown", exact: true });
  if (await switcher.isVisible()) await switcher.selectOption({ label: title });
  await expect(column(page, title)).toBeVisible();
}

/** Appends an option to my ranking with the keyboard: focus its Rank button, press Enter. */
async function rankByKeyboard(page: Page, option: string): Promise<void> {
  const before = await ranking(page).locator("li").count();
  await column(page, API)
    .getByRole("button", { name: `Rank ${option}`, exact: true })
    .focus();
  await page.keyboard.press("Enter");
  await expect(ranking(page).locator("li")).toHaveCount(before + 1);
}

/** Drags a ranked option by its handle with the mouse onto another option's place. */
async function dragOnto(page: Page, option: string, onto: string): Promise<void> {
  const handle = row(page, option).getByRole("button", { name: `Drag ${option} to reorder` });
  const from = await handle.boundingBox();
  const to = await row(page, onto).boundingBox();
  const start = await row(page, option).boundingBox();
  if (!from || !to || !start) throw new Error("ranked rows not laid out");
  const x = from.x + from.width / 2;
  const y = from.y + from.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  // Past the few pixels that tell a drag from a click, then onto the other row's centre.
  await page.mouse.move(x, y - 8, { steps: 4 });
  const dy = to.y + to.height / 2 - (start.y + start.height / 2);
  await page.mouse.move(x, y + dy, { steps: 12 });
  await page.mouse.up();
}

for (const width of WIDTHS) {
  test(`ranked, consent and score controls at ${width} px`, async ({ browser }) => {
    test.setTimeout(240_000);
    const viewport = { width, height: HEIGHT[width] };
    const shot = (page: Page, name: string) => screenshot(page, `controls/${name}-${width}`);
    const { facilitator: fran, roomUrl } = await openRoom(browser, {
      title: `Controls at ${width}`,
      name: "Fran",
    });
    const ava = await voterAt(browser, roomUrl, "Ava", viewport);

    // Setup: API style ranked, the language a sealed consent vote on a written proposal,
    // the database scored with one option whose name is long.
    await editSettings(fran.page, API, (dialog) =>
      dialog
        .getByLabel("Mode")
        .selectOption("ranked")
        .then(() => undefined),
    );
    await editSettings(fran.page, LANGUAGE, async (dialog) => {
      await dialog.getByLabel("Mode").selectOption("consent");
      await dialog.getByLabel("Sealed ballots until reveal").check();
      await dialog.getByLabel("Proposal", { exact: true }).fill(PROPOSAL);
      await dialog.getByLabel("It adopts").selectOption({ label: "Go" });
    });
    await fran.page.getByRole("button", { name: `Add an option to ${DATABASE}` }).click();
    const search = fran.page.getByLabel(`Search the catalog or type an option for ${DATABASE}`);
    await search.fill(LONG_NAME);
    await search.press("Enter");
    await expect(column(fran.page, DATABASE).getByText(LONG_NAME).first()).toBeVisible();
    for (const decision of [API, LANGUAGE, DATABASE]) await openVoting(fran.page, decision);

    // Ranked, by keyboard only: add three options, then carry gRPC from last to first.
    await show(ava.page, API);
    for (const option of ["REST", "GraphQL", "gRPC"]) await rankByKeyboard(ava.page, option);
    await expectRanking(ava.page, ["REST", "GraphQL", "gRPC"]);
    const grpcHandle = row(ava.page, "gRPC").getByRole("button", {
      name: "Drag gRPC to reorder",
    });
    await grpcHandle.focus();
    await ava.page.keyboard.press("Space");
    await expect(announced(ava.page, "Picked up gRPC, at position 3 of 3.")).toHaveCount(1);
    await ava.page.keyboard.press("ArrowUp");
    await expect(announced(ava.page, "gRPC moved to position 2 of 3.")).toHaveCount(1);
    await ava.page.keyboard.press("ArrowUp");
    await expect(announced(ava.page, "gRPC moved to position 1 of 3.")).toHaveCount(1);
    await ava.page.keyboard.press("Space");
    await expect(announced(ava.page, "gRPC dropped at position 1 of 3.")).toHaveCount(1);
    await expectRanking(ava.page, ["gRPC", "REST", "GraphQL"]);
    // The keyboard stays on the handle it carried, and the board's arrow keys did not fire.
    await expect(grpcHandle).toBeFocused();
    // Escape puts a picked-up option back where it was, and nothing is sent.
    await ava.page.keyboard.press("Space");
    await ava.page.keyboard.press("ArrowDown");
    await expect(announced(ava.page, "gRPC moved to position 2 of 3.")).toHaveCount(1);
    await ava.page.keyboard.press("Escape");
    await expect(announced(ava.page, "Move cancelled: gRPC stays at position 1 of 3.")).toHaveCount(
      1,
    );
    await expectRanking(ava.page, ["gRPC", "REST", "GraphQL"]);
    await shot(ava.page, "ranked");
    if (width === 390) {
      // A finger's targets: the handle and the move and remove buttons are 44 px or more.
      const buttons = await row(ava.page, "REST").getByRole("button").all();
      expect(buttons).toHaveLength(4);
      for (const button of buttons) {
        const box = await button.boundingBox();
        const name = (await button.getAttribute("aria-label")) ?? "";
        expect(box && box.width >= 44 && box.height >= 44, name).toBe(true);
      }
    }

    // What was sent is what the room counts: gRPC is Ava's first choice on Fran's screen,
    // and Ava's ranking comes back in that order after a reload.
    await expect(tallyRow(fran.page, API, "gRPC")).toHaveAttribute("data-value", "1");
    await expect(tallyRow(fran.page, API, "REST")).toHaveAttribute("data-value", "0");
    await ava.page.reload();
    await show(ava.page, API);
    await expectRanking(ava.page, ["gRPC", "REST", "GraphQL"]);

    if (width === 1440) {
      // Once with the mouse: Fran drags GraphQL above REST.
      for (const option of ["REST", "GraphQL"]) {
        await column(fran.page, API)
          .getByRole("button", { name: `Rank ${option}`, exact: true })
          .click();
      }
      await expectRanking(fran.page, ["REST", "GraphQL"]);
      await dragOnto(fran.page, "GraphQL", "REST");
      await expectRanking(fran.page, ["GraphQL", "REST"]);
      await expect(tallyRow(ava.page, API, "GraphQL")).toHaveAttribute("data-value", "1");
      await expect(tallyRow(ava.page, API, "gRPC")).toHaveAttribute("data-value", "1");
      await expect(tallyRow(ava.page, API, "REST")).toHaveAttribute("data-value", "0");
    }

    if (width === 1024) {
      // In German the handle and what is announced are German too.
      await ava.page.getByRole("combobox", { name: "Language", exact: true }).selectOption("de");
      await expect(ava.page.locator("html")).toHaveAttribute("lang", "de");
      const handle = row(ava.page, "REST").getByRole("button", {
        name: "REST ziehen, um die Reihenfolge zu ändern",
      });
      await handle.focus();
      await ava.page.keyboard.press("Space");
      await expect(announced(ava.page, "REST aufgenommen, auf Platz 2 von 3.")).toHaveCount(1);
      await ava.page.keyboard.press("ArrowDown");
      await expect(announced(ava.page, "REST auf Platz 3 von 3 verschoben.")).toHaveCount(1);
      await ava.page.keyboard.press("Enter");
      await expect(announced(ava.page, "REST auf Platz 3 von 3 abgelegt.")).toHaveCount(1);
      await expectRanking(ava.page, ["gRPC", "GraphQL", "REST"]);
      await shot(ava.page, "ranked-de");
      await ava.page.getByRole("combobox", { name: "Sprache", exact: true }).selectOption("en");
      await expect(ava.page.locator("html")).toHaveAttribute("lang", "en");
    }

    // Consent: the proposal and the question each shown once; three choices, each with
    // its meaning on its own line; the reason field only for an objection or a block.
    await show(ava.page, LANGUAGE);
    const consent = column(ava.page, LANGUAGE);
    const form = consent.getByTestId("consent-control");
    await expect(consent.getByText(PROPOSAL)).toHaveCount(1);
    await expect(consent.getByText("Where do you stand on the proposal?")).toHaveCount(1);
    for (const stance of ["Agree", "Object", "Block"]) {
      const card = form.locator("label.stance-card", { hasText: stance });
      const title = await card.locator(".stance-title").boundingBox();
      const hint = await card.locator(".stance-hint").boundingBox();
      expect(title && hint && hint.y >= title.y + title.height - 1, stance).toBe(true);
    }
    await expect(form.getByRole("textbox")).toHaveCount(0);
    await form.getByRole("radio", { name: "Agree", exact: true }).check();
    await expect(form.getByRole("textbox")).toHaveCount(0);
    await form.getByRole("radio", { name: "Block", exact: true }).check();
    const reason = form.getByLabel("Reason (needed for a block)");
    await expect(reason).toBeVisible();
    await form.getByRole("button", { name: "Submit my stance" }).click();
    await expect(form.getByTestId("consent-error")).toHaveText(
      "A block needs a reason: say what would have to change.",
    );
    await reason.fill("Nobody here has run Go in production");
    await form.getByRole("button", { name: "Submit my stance" }).click();
    await expect(form.getByTestId("my-stance")).toHaveText("Your stance: Block");
    await shot(ava.page, "consent");
    // Sealed: Fran learns only that Ava voted, then reads the block and its reason.
    await expect(column(fran.page, LANGUAGE).getByTestId("voted-avatar")).toHaveCount(1);
    await expect(column(fran.page, LANGUAGE).getByTestId("consent-concern")).toHaveCount(0);
    await lockVoting(fran.page, LANGUAGE);
    await fran.page.getByRole("button", { name: `Reveal the ballots of ${LANGUAGE}` }).click();
    const results = column(fran.page, LANGUAGE).getByTestId("results");
    await expect(results.getByTestId("consent-outcome")).toHaveText("Blocked");
    await expect(results.getByTestId("consent-concern")).toHaveText([
      "Ava (Block): Nobody here has run Go in production",
    ]);

    // Score: every option's name whole (wrapped, not cut) at this width.
    await show(ava.page, DATABASE);
    const names = column(ava.page, DATABASE).getByTestId("score-option-name");
    await expect(names).toHaveText(["PostgreSQL", "MySQL", "MongoDB", "SQLite", LONG_NAME]);
    for (const name of await names.all()) {
      const fits = await name.evaluate(
        (element) =>
          element.scrollWidth <= element.clientWidth &&
          element.scrollHeight <= element.clientHeight,
      );
      expect(fits, (await name.textContent()) ?? "").toBe(true);
    }
    // A click sets a score; the arrow keys and a digit change it; "–" is no score.
    await setScore(ava.page, DATABASE, LONG_NAME, "Performance", 3);
    await ava.page.keyboard.press("ArrowRight");
    await expectScore(ava.page, DATABASE, LONG_NAME, "Performance", 4);
    await ava.page.keyboard.press("2");
    await expectScore(ava.page, DATABASE, LONG_NAME, "Performance", 2);
    const mine = column(ava.page, DATABASE)
      .locator(`li[data-option="${LONG_NAME}"]`)
      .getByTestId("score-mine");
    await expect(mine).toHaveText("2.00");
    await scoreScale(ava.page, DATABASE, LONG_NAME, "Performance")
      .getByRole("radio", { name: "Not scored" })
      .check();
    await expect(mine).toHaveText("–");
    await setScore(ava.page, DATABASE, "PostgreSQL", "Team familiarity", 5);
    await column(ava.page, DATABASE).scrollIntoViewIfNeeded();
    await shot(ava.page, "score");
    await expect(tallyRow(fran.page, DATABASE, "PostgreSQL")).toHaveAttribute("data-value", "5");

    if (width === 1440) {
      // The three controls in use (a drop announced, a block with its reason, scores set)
      // leave nothing for axe to find, heading order included.
      const found = await new AxeBuilder({ page: ava.page }).analyze();
      expect(found.violations.map((violation) => violation.id)).toEqual([]);
    }

    await closeAll(fran, ava);
  });
}
