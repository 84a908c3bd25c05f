// Run instead of the specs when no Chromium is installed (outside CI): one loud skip.
import { test } from "@playwright/test";

test("end-to-end specs need Chromium", () => {
  test.skip(
    true,
    "Chromium is missing: install it with `apt-get install -y chromium` (or set CHROMIUM_PATH).",
  );
});
