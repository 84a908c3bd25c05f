// The event table is typed to cover every event type: an event added to the vocabulary
// without its definition, or with a definition that lacks its apply, must not compile.
// Shown on a copy of core's sources with a dummy event, checked by the project's tsc.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const coreSrc = new URL("..", import.meta.url).pathname;
const repoRoot = new URL("../../../../", import.meta.url).pathname;
const tsc = join(repoRoot, "node_modules/typescript/bin/tsc");
const copies: string[] = [];

/** Core's sources in a fresh folder, changed by `edit`, checked as core's tsconfig does. */
function typecheckCopy(edit: (dir: string) => void): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), "core-table-"));
  copies.push(dir);
  cpSync(coreSrc, join(dir, "src"), {
    recursive: true,
    filter: (path) => !/\.test(-helper)?\.ts$|test-support|__golden__/.test(path),
  });
  // Core's one third-party package (the Markdown serializer) resolves as it does in place.
  symlinkSync(join(repoRoot, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({ extends: join(repoRoot, "tsconfig.base.json"), include: ["src"] }),
  );
  edit(dir);
  const result = spawnSync(process.execPath, [tsc, "-p", dir, "--pretty", "false"], {
    encoding: "utf8",
  });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

function replaceIn(dir: string, file: string, anchor: string, insert: string): void {
  const path = join(dir, "src", file);
  const text = readFileSync(path, "utf8");
  if (!text.includes(anchor)) throw new Error(`${file} no longer has ${anchor}`);
  writeFileSync(path, text.replace(anchor, `${anchor}\n${insert}`));
}

/** A new event in the vocabulary (and in authority's table, so only the definition lacks). */
function addDummyEvent(dir: string): void {
  replaceIn(
    dir,
    "events.ts",
    "interface OwnEventFields {",
    '  "dummy.happened": { note: string };',
  );
  replaceIn(
    dir,
    "rules/authority.ts",
    '"room.created": "server",',
    '  "dummy.happened": "server",',
  );
}

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe("the event table covers every event type", () => {
  it("core's sources, copied as they are, compile (the control)", () => {
    const { ok, output } = typecheckCopy(() => {});
    expect(output).toBe("");
    expect(ok).toBe(true);
  });

  it("a new event type without a definition does not compile", () => {
    const { ok, output } = typecheckCopy(addDummyEvent);
    expect(ok).toBe(false);
    expect(output).toMatch(/rules\/table\.ts.*dummy\.happened/s);
  });

  it("a definition without its apply does not compile", () => {
    const { ok, output } = typecheckCopy((dir) => {
      addDummyEvent(dir);
      replaceIn(
        dir,
        "rules/table.ts",
        "...TIMER_EVENTS,",
        '  "dummy.happened": { check: () => null },',
      );
    });
    expect(ok).toBe(false);
    expect(output).toMatch(/rules\/table\.ts.*apply/s);
  });
});
