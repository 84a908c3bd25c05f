// When a decision with a deadline closes, or that it closed at its deadline.
import type { Decision } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { Icon } from "../common/Icon.tsx";

const when = (at: number, language: string) =>
  new Date(at).toLocaleString(language, { dateStyle: "medium", timeStyle: "short" });

export function DeadlineChip({ decision }: { decision: Decision }) {
  const { t, i18n } = useTranslation();
  if (decision.closedAt !== null) {
    return (
      <span className="mode-chip deadline-chip" data-testid="deadline" data-closed="true">
        <Icon name="lock" size={12} />
        {t("deadline.closed", { at: when(decision.closedAt, i18n.language) })}
      </span>
    );
  }
  if (decision.closesAt === null || decision.status !== "voting") return null;
  return (
    <span className="mode-chip deadline-chip" data-testid="deadline" data-closed="false">
      {t("deadline.closes", { at: when(decision.closesAt, i18n.language) })}
    </span>
  );
}
