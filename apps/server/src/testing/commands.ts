// Test support: commands the integration tests send again and again.
import type { CommandBody } from "@stackboard/core";

/** A "Database" decision `db` with one option `pg`, for tests that annotate or vote. */
export const DATABASE_DECISION: readonly CommandBody[] = [
  { type: "decision.add", decisionId: "db", title: "Database", context: "" },
  {
    type: "option.add",
    decisionId: "db",
    optionId: "pg",
    label: "PostgreSQL",
    catalogId: "postgresql",
  },
];

/** The `index`-th "pro" annotation on `db`/`pg`: each one is visible in the state. */
export const annotation = (annotationId: string, text: string): CommandBody => ({
  type: "annotation.add",
  annotationId,
  decisionId: "db",
  optionId: "pg",
  kind: "pro",
  text,
});
