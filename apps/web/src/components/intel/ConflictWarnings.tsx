// Compatibility warnings on a decision: its settled or leading option does not fit
// another decision's (Laravel with Python). Shown on both decisions of the pair.
import { conflictsFor, findConflicts, findDecision } from "@stackboard/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useRoomStore } from "../../store/roomStore.ts";

export function ConflictWarnings({ decisionId }: { decisionId: string }) {
  const { t } = useTranslation();
  const state = useRoomStore((s) => s.state);
  // Recomputed only when the replica changes; a room has a handful of decisions.
  const conflicts = useMemo(
    () => conflictsFor(findConflicts(state), decisionId),
    [state, decisionId],
  );
  if (conflicts.length === 0) return null;
  return (
    <ul className="conflicts" aria-label={t("intel.conflictsLabel")}>
      {conflicts.map((conflict) => {
        const otherIndex = conflict.decisionIds[0] === decisionId ? 1 : 0;
        const other = findDecision(state, conflict.decisionIds[otherIndex] ?? "");
        const option = other?.options.find((o) => o.id === conflict.optionIds[otherIndex]);
        return (
          <li
            key={`${conflict.decisionIds.join()}-${conflict.message}`}
            className={`conflict conflict-${conflict.severity}`}
            data-testid="conflict"
            data-severity={conflict.severity}
          >
            <strong>
              {t(`intel.severity.${conflict.severity}`)}{" "}
              {t("intel.conflictWith", {
                decision: other?.title ?? "",
                option: option?.label ?? "",
              })}
            </strong>
            <span>{conflict.message}</span>
            {conflict.settled ? null : (
              <span className="muted small">{t("intel.leadingOnly")}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
