// `npm test`: unit and integration suites (vitest), then the browser suite (Playwright),
// and one closing line with the counts over all suites: `N passed, N failed`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const onlyFast = process.argv.includes("--no-e2e");
const reports = mkdtempSync(join(tmpdir(), "stackboard-test-"));
let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
}

// vitest: unit, then integration (each its own process so a crash in one is visible).
for (const project of ["unit", "integration"]) {
  const output = join(reports, `vitest-${project}.json`);
  const status = run(`vitest ${project}`, "npx", [
    "vitest",
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${output}`,
  ]);
  const report = readJson(output);
  if (report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
    // A suite that failed to load counts as a failure even when no test ran.
    const brokenFiles = report.testResults.filter(
      (file) => file.status === "failed" && file.assertionResults.length === 0,
    );
    failed += brokenFiles.length;
  }
  if (status !== 0 && (!report || report.numFailedTests === 0)) {
    failed += 1;
    problems.push(`vitest ${project} exited with ${status}`);
  }
}

// Playwright against the built app in Debian's Chromium.
if (!onlyFast) {
  const output = join(reports, "playwright.json");
  const status = run("playwright", "npx", ["playwright", "test", "--reporter=list,json"], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: output,
  });
  const report = readJson(output);
  if (report) {
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    skipped += report.stats.skipped;
  }
  if (status !== 0 && (!report || report.stats.unexpected === 0)) {
    failed += 1;
    problems.push(`playwright exited with ${status}`);
  }
}

rmSync(reports, { recursive: true, force: true });
for (const problem of problems) console.error(`✗ ${problem}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 ? 0 : 1);
