// Compatibility across decisions: settling Laravel as the framework and Python as the
// language warns on both decisions, and the exported record lists the warning.
import { expect, test } from "@playwright/test";
import { addDecision, settle } from "./support/intel.ts";
import { closeAll, column, openRoom } from "./support/room.ts";

test("a framework that needs another language is flagged on both decisions", async ({
  browser,
}) => {
  const { facilitator: fran, roomUrl } = await openRoom(browser, {
    title: "Compat check",
    name: "Fran",
    template: "Empty board",
  });
  const page = fran.page;
  await addDecision(page, {
    id: "d-framework",
    title: "Framework",
    options: [
      { id: "o-laravel", label: "Laravel", catalogId: "laravel" },
      { id: "o-django", label: "Django", catalogId: "django" },
    ],
  });
  await addDecision(page, {
    id: "d-language",
    title: "Language",
    options: [
      { id: "o-python", label: "Python", catalogId: "python" },
      { id: "o-php", label: "PHP", catalogId: "php" },
    ],
  });
  await expect(page.getByTestId("conflict")).toHaveCount(0);

  await settle(page, "Framework", "d-framework", "o-laravel");
  await settle(page, "Language", "d-language", "o-python");

  for (const [title, other] of [
    ["Framework", "Language: Python"],
    ["Language", "Framework: Laravel"],
  ] as const) {
    const warning = column(page, title).getByTestId("conflict");
    await expect(warning).toHaveCount(1);
    await expect(warning).toHaveAttribute("data-severity", "error");
    await expect(warning).toContainText(`Conflict with ${other}`);
    await expect(warning).toContainText("Laravel needs PHP, so it does not fit Python.");
  }

  const roomId = new URL(roomUrl).pathname.split("/")[2] ?? "";
  const markdown = await (await page.request.get(`/api/rooms/${roomId}/export.md`)).text();
  expect(markdown).toContain("## Compatibility Warnings");
  expect(markdown).toContain(
    '- Conflict: Framework: "Laravel" vs Language: "Python". Laravel needs PHP, so it does not fit Python.',
  );
  // The record page shows the same warning.
  await page.goto(`${roomUrl}/record`);
  await expect(page.getByTestId("record-intel")).toContainText(
    "Conflict: Framework: Laravel ↔ Language: Python",
  );
  await closeAll(fran);
});
