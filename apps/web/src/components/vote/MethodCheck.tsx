// For a decided vote: would the winner be the same under the other counting methods
// that fit its ballots? Says plainly when the winner depends on the method.
import type { Decision, MethodOutcome, MethodRobustness } from "@stackboard/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";

export function MethodCheck({
  decision,
  methods,
}: {
  decision: Decision;
  methods: MethodRobustness;
}) {
  const { t } = useTranslation();
  const labels = (ids: readonly string[]) =>
    ids.map((id) => decision.options.find((option) => option.id === id)?.label ?? id).join(", ");
  const names = methods.outcomes.map((outcome) => t(`methods.name.${outcome.method}`)).join(", ");
  const runoff = methods.outcomes.find((outcome) => outcome.runoff.length > 0)?.runoff ?? [];
  return (
    <section
      className="method-check"
      aria-label={t("methods.label")}
      data-testid="method-check"
      data-verdict={methods.verdict}
    >
      <p className={methods.verdict === "same" ? "muted small" : "method-warning"}>
        {methods.verdict === "same"
          ? t("methods.same", { methods: names })
          : methods.verdict === "depends"
            ? t("methods.depends")
            : t("methods.open", { labels: labels(runoff) })}
      </p>
      {methods.verdict === "same" ? null : (
        <ul className="method-results small">
          {methods.outcomes.map((outcome) => (
            <li key={outcome.method} data-testid={`method-${outcome.method}`}>
              {t("methods.result", {
                method: t(`methods.name.${outcome.method}`),
                result: resultText(t, outcome, labels),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function resultText(
  t: TFunction,
  outcome: MethodOutcome,
  labels: (ids: readonly string[]) => string,
): string {
  if (outcome.runoff.length > 0) return t("methods.runoff", { labels: labels(outcome.runoff) });
  if (outcome.leaders.length === 0) return t("methods.noWinner");
  if (outcome.leaders.length > 1) return t("methods.tie", { labels: labels(outcome.leaders) });
  return labels(outcome.leaders);
}
