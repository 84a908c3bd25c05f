// The record page's decision-intelligence sections, matching the Markdown export:
// compatibility warnings between decisions, and how robust each score winner is.
import {
  ballotsHidden,
  findConflicts,
  findDecision,
  type RoomState,
  sensitivityOf,
} from "@stackboard/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNumbers } from "../../i18n/useNumbers.ts";
import { useRoomStore } from "../../store/roomStore.ts";

function robustness(state: RoomState) {
  return state.decisions.flatMap((decision) => {
    if (ballotsHidden(decision)) return [];
    const sensitivity = sensitivityOf(decision, state.criteria);
    if (sensitivity === null) return [];
    const winner = decision.options.find((o) => o.id === sensitivity.winnerId)?.label ?? "";
    return [{ id: decision.id, title: decision.title, winner, margin: sensitivity.margin }];
  });
}

export function RecordIntel() {
  const { t } = useTranslation();
  const num = useNumbers();
  const state = useRoomStore((s) => s.state);
  const conflicts = useMemo(() => findConflicts(state), [state]);
  const robust = useMemo(() => robustness(state), [state]);
  if (conflicts.length === 0 && robust.length === 0) return null;
  const side = (decisionId: string, optionId: string) => {
    const decision = findDecision(state, decisionId);
    const option = decision?.options.find((o) => o.id === optionId);
    return `${decision?.title ?? ""}: ${option?.label ?? ""}`;
  };

  return (
    <article className="record record-intel" data-testid="record-intel">
      {conflicts.length > 0 ? (
        <section className="record-section">
          <h2>{t("intel.conflictsLabel")}</h2>
          <ul className="conflicts">
            {conflicts.map((conflict) => (
              <li
                key={`${conflict.decisionIds.join()}-${conflict.message}`}
                className={`conflict conflict-${conflict.severity}`}
              >
                <strong>
                  {t(`intel.severity.${conflict.severity}`)}:{" "}
                  {side(conflict.decisionIds[0], conflict.optionIds[0])} ↔{" "}
                  {side(conflict.decisionIds[1], conflict.optionIds[1])}
                </strong>
                <span>{conflict.message}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {robust.length > 0 ? (
        <section className="record-section">
          <h2>{t("intel.robustness.title")}</h2>
          <ul>
            {robust.map((entry) => (
              <li key={entry.id}>
                {entry.margin === null
                  ? t("intel.robustness.robust", { title: entry.title, winner: entry.winner })
                  : t("intel.robustness.margin", {
                      title: entry.title,
                      winner: entry.winner,
                      margin: num.fixed(entry.margin, 2),
                    })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
