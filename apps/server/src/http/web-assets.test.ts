import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, inlineStyleHashes } from "./web-assets.ts";

const source = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("the CSP hashes of index.html's inline blocks", () => {
  const html = `<head><style>.boot{gap:1px}</style>
<script>
  openEarly();
</script>
<script type="module" crossorigin src="/assets/index-abc.js"></script>
<script type="module">import "/x.js";</script></head>`;

  it("hash each inline script's exact text, and no script loaded from a file", () => {
    expect(inlineScriptHashes(html)).toEqual([
      source("\n  openEarly();\n"),
      source('import "/x.js";'),
    ]);
  });

  it("hash each inline style", () => {
    expect(inlineStyleHashes(html)).toEqual([source(".boot{gap:1px}")]);
  });

  it("find none in a page without inline blocks", () => {
    expect(inlineScriptHashes('<script src="/a.js"></script>')).toEqual([]);
  });
});
