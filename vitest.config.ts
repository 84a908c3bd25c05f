import { defineConfig } from "vitest/config";

// Two projects: fast unit tests beside the code, and integration tests that start real
// servers (and Redis) — named *.integration.test.ts.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "packages/*/src/**/*.test.ts",
            "apps/*/src/**/*.test.ts",
            "apps/*/src/**/*.test.tsx",
            "apps/*/build/**/*.test.ts",
            "bench/src/**/*.test.ts",
            "scripts/**/*.test.ts",
          ],
          exclude: ["**/*.integration.test.ts", "**/node_modules/**"],
          environment: "node",
          // A guard against hangs, not a speed limit: property tests run hundreds of logs
          // and a busy 2-core machine can stretch them past the 5 s default.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "integration",
          include: ["apps/*/src/**/*.integration.test.ts", "bench/src/**/*.integration.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
