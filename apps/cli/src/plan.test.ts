import { describe, expect, it } from "vitest";
import { type AdrFile, statusOf } from "./adr-folder.ts";
import { planChanges } from "./plan.ts";
import type { DecidedRecord } from "./records.ts";

const ROOM = "CAYUSQgjOQSNqw_Bc8eAPw";
const record = (decisionId: string, seq: number, title: string): DecidedRecord => ({
  roomId: ROOM,
  decisionId,
  seq,
  title,
  content: `---\nstatus: accepted\ndate: 2026-01-01\n---\n\n# ${title}\n\n- Status: Decided\n`,
});

/** Applies a plan to an in-memory folder, as the command applies it to the disk. */
function apply(folder: AdrFile[], readme: string | null, records: DecidedRecord[]) {
  const plan = planChanges(records, folder, readme);
  const files = new Map(folder.map((file) => [file.fileName, file]));
  for (const change of plan.changes) {
    files.set(change.fileName, {
      number: Number(change.fileName.slice(0, 4)),
      fileName: change.fileName,
      content: change.content,
    });
  }
  return {
    plan,
    folder: [...files.values()].sort((a, b) => a.number - b.number),
    readme: plan.index ?? readme,
  };
}

describe("planning a run", () => {
  it("numbers after the highest number in the folder, gaps and all", () => {
    const existing: AdrFile[] = [
      { number: 1, fileName: "0001-start.md", content: "# Start\n" },
      { number: 7, fileName: "0007-later.md", content: "# Later\n\n- Status: proposed\n" },
    ];
    const { plan } = apply(existing, null, [
      record("db", 5, "Data base!"),
      record("api", 9, "API"),
    ]);
    expect(plan.changes.map((change) => [change.fileName, change.kind])).toEqual([
      ["0008-data-base.md", "new"],
      ["0009-api.md", "new"],
    ]);
    expect(plan.index).toContain("- [ADR-0007](0007-later.md): Later (proposed)\n");
  });

  it("chains a decision decided three times, each record superseded by the next", () => {
    const { folder } = apply([], null, [
      record("db", 5, "Database"),
      record("api", 6, "API"),
      record("db", 9, "Database"),
      record("db", 12, "Database"),
    ]);
    const [first, , second, third] = folder.map((file) => file.content);
    expect(statusOf(first ?? "")).toBe("superseded by ADR-0003");
    expect(first).toContain("> Superseded by [ADR-0003](0003-database.md).");
    expect(second).toContain("> Supersedes [ADR-0001](0001-database.md).");
    expect(second).toContain("> Superseded by [ADR-0004](0004-database.md).");
    expect(statusOf(third ?? "")).toBe("accepted");
    expect(third).toContain("> Supersedes [ADR-0003](0003-database.md).");
  });

  it("is idempotent: the same records against its own output change nothing", () => {
    const records = [record("db", 5, "Database"), record("db", 9, "Database")];
    const once = apply([], "# Ours\n\nKeep this.\n", records);
    const twice = planChanges(records, once.folder, once.readme);
    expect(twice).toEqual({ changes: [], index: null });
    expect(once.readme).toMatch(/^# Ours\n\nKeep this\.\n\n<!-- stackboard:index:start -->/);
  });

  it("links a new record to an older one without rewriting what people wrote in it", () => {
    const first = apply([], null, [record("db", 5, "Database")]);
    const edited = first.folder.map((file) => ({
      ...file,
      content: `${file.content}\nOur note.\n`,
    }));
    const { plan } = apply(edited, first.readme, [
      record("db", 5, "Database"),
      record("db", 9, "Database"),
    ]);
    const updated = plan.changes.find((change) => change.kind === "updated");
    expect(updated?.fileName).toBe("0001-database.md");
    expect(updated?.content).toContain("Our note.");
    expect(updated?.content).toMatch(/^---\nstatus: superseded by ADR-0002\n/);
  });
});

describe("record statuses", () => {
  it("are read from MADR 4 front matter, MADR 2 lists and adr-tools sections", () => {
    expect(statusOf('---\nstatus: "proposed"\n---\n# X\n')).toBe("proposed");
    expect(statusOf("# X\n\n* Status: accepted\n")).toBe("accepted");
    expect(statusOf("# 1. X\n\n## Status\n\nSuperseded by [2. Y](0002-y.md)\n")).toBe(
      "Superseded by [2. Y](0002-y.md)",
    );
    expect(statusOf("# X\n")).toBeNull();
  });
});
